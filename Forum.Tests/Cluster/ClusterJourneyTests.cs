using System.Collections.Concurrent;
using System.Diagnostics;
using static Forum.Tests.Cluster.ClusterVisits;
using System.Net;
using System.Text.Json;
using Forum.Tests.Deployment;
using Forum.Tests.Infrastructure;
using Forum.Web.Infrastructure;
using Forum.Web.Startup;

namespace Forum.Tests.Cluster;

/// <summary>
/// Journeys across scripts/cluster: two Release nodes behind nginx, sharing a primary, reading from a streaming
/// standby. Each browser is one cookie jar carried from node to node, as a balancer would carry it.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class ClusterJourneyTests
{
    private const string Password = "a long cluster passphrase";
    private LoopbackCluster _cluster = null!;

    [OneTimeSetUp]
    public async Task BringTheClusterUp()
    {
        var started = Stopwatch.StartNew();
        // Every visitor here comes from 127.0.0.1, so the per-address budgets for names, stories and replies are
        // opened wide; the others stay as shipped.
        _cluster = await LoopbackCluster.UpAsync(
            "RateLimits__Pseudonyms__PermitLimit=1000 RateLimits__Stories__AddressPermitLimit=1000 RateLimits__Replies__AddressPermitLimit=1000");
        await TestContext.Progress.WriteLineAsync($"Cluster up in {started.Elapsed.TotalSeconds:F0} s.");
    }

    [OneTimeTearDown]
    public async Task TakeTheClusterDown()
    {
        if (_cluster is not null) await _cluster.DownAsync();
    }

    [Test]
    public async Task A_form_rendered_by_node_a_posts_through_node_b()
    {
        var jar = new CookieContainer();
        var title = $"Rendered on one node, sent to the other {Guid.NewGuid():N}";

        var form = await Visitor(jar, _cluster.NodeA).GetDocumentAsync("/r/anxiety/new");
        var posted = await Visitor(jar, _cluster.NodeB).PostAsync("/r/anxiety/threads", new FormUrlEncodedContent(
            HiddenFields(form, "/r/anxiety/threads").Append(new("Title", title)).Append(new("Body", "A few lines about the week."))));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        (await Visitor(jar, _cluster.NodeA).GetDocumentAsync(posted.Headers.Location!.OriginalString)).QuerySelector("h1")!.TextContent.ShouldBe(title);
    }

    [Test]
    public async Task A_moderator_signed_in_through_node_a_removes_a_reply_through_node_b()
    {
        var name = $"Cluster mod {Guid.NewGuid().ToString("N")[..8]}";
        await _cluster.AddModeratorAsync(name, Password);
        var (story, replyId) = await StoryWithReplyAsync("A reply a moderator removes", "Words the moderators take down.");
        var moderator = new CookieContainer();

        var signedIn = await Visitor(moderator, _cluster.NodeA).SignInAsModeratorAsync(name, Password);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        var removed = await Visitor(moderator, _cluster.NodeB).SubmitAsync($"/mod/replies/{replyId}", $"/mod/replies/{replyId}/remove",
            new Dictionary<string, string> { ["Reason"] = "Shares someone's private details" });

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await removed.Content.ReadAsStringAsync());
        (await Visitor(moderator, _cluster.NodeA).GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK, "still signed in on the first node");
        (await ReadAsync(moderator, _cluster.NodeA, story)).ShouldNotContain("Words the moderators take down.");
        (await Visitor(new CookieContainer(), _cluster.NodeB).GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "without the cookie");
    }

    [Test]
    public async Task A_post_made_on_node_a_is_on_its_writers_next_page_from_node_b_while_the_standby_lags()
    {
        var writer = new CookieContainer();
        var title = $"Seen by its writer at once {Guid.NewGuid():N}";
        string story;
        await PauseReplayAsync();
        try
        {
            var posted = await Visitor(writer, _cluster.NodeA).SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
                new Dictionary<string, string> { ["Title"] = title, ["Body"] = "Posted while the standby stands still." });
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
            story = posted.Headers.Location!.OriginalString;
            FreshCookie(writer).ShouldNotBeNull("a write leaves the primary's position behind");

            (await Visitor(writer, _cluster.NodeB).GetDocumentAsync(story)).QuerySelector("h1")!.TextContent.ShouldBe(title);
            (await Visitor(new CookieContainer(), _cluster.NodeB).GetAsync(story)).StatusCode
                .ShouldBe(HttpStatusCode.NotFound, "everyone else reads from the standby, which has not replayed the story yet");
        }
        finally
        {
            await ResumeReplayAsync();
        }

        await EventuallyAsync(async () => (await Visitor(new CookieContainer(), _cluster.NodeB).GetAsync(story)).StatusCode == HttpStatusCode.OK,
            "the standby replays the story");
        (await Visitor(writer, _cluster.NodeB).GetAsync(story)).StatusCode.ShouldBe(HttpStatusCode.OK);
        FreshCookie(writer).ShouldBeNull("once the standby has caught up, the cookie is gone");
    }

    [Test]
    public async Task Healthz_says_how_far_the_standby_is_behind()
    {
        await EventuallyAsync(async () => await StandbyBytesBehindAsync() == 0, "the standby has replayed the other tests' writes");
        await PauseReplayAsync();
        try
        {
            await PostStoryAsync(Visitor(new CookieContainer(), _cluster.Balancer), "Written while the standby waits");
            (await StandbyBytesBehindAsync()).ShouldBeGreaterThan(0);
        }
        finally
        {
            await ResumeReplayAsync();
        }
        await EventuallyAsync(async () => await StandbyBytesBehindAsync() == 0, "the standby catches up");
    }

    [Test]
    public async Task A_standby_further_behind_than_the_limit_sends_every_read_to_the_primary_and_healthz_says_so()
    {
        await EventuallyAsync(async () => await StandbyBytesBehindAsync() == 0, "the standby has replayed the other tests' writes");
        await PauseReplayAsync();
        var waited = Stopwatch.StartNew();
        try
        {
            var story = await PostStoryAsync(Visitor(new CookieContainer(), _cluster.NodeA), $"Written while the standby stands still {Guid.NewGuid():N}");
            // Someone else, on the other node: at first the standby answers for them (and has no such story); once it
            // is more than the limit (10 s) behind, the primary does.
            await EventuallyAsync(async () => (await Visitor(new CookieContainer(), _cluster.NodeB).GetAsync(story)).StatusCode == HttpStatusCode.OK,
                "a reader on node B gets the story from the primary while the standby stands still");
            waited.Elapsed.ShouldBeGreaterThan(TimeSpan.FromSeconds(9), "reads stay on a standby that is only a little behind");
            (await StandbyCheckAsync()).ShouldBe("degraded");
        }
        finally
        {
            await ResumeReplayAsync();
        }
        await EventuallyAsync(async () => await StandbyCheckAsync() == "healthy", "the standby catches up and /healthz says so");
    }

    [TestCase("not a position")]
    [TestCase("FFFFFFFF/FFFFFFFF")]
    [TestCase("0/0")]
    [TestCase("1/2'; DROP TABLE threads; --")]
    [TestCase("-1/-1")]
    public async Task A_wrong_or_hostile_position_cookie_is_ignored(string value)
    {
        foreach (var node in new[] { _cluster.NodeA, _cluster.NodeB })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, "/r/anxiety"));
            request.Headers.Add("Cookie", $"{ReadYourWrites.CookieName}={Uri.EscapeDataString(value)}");
            using var client = new HttpClient();
            var response = await client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    [Test]
    public async Task A_very_long_position_cookie_is_ignored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_cluster.NodeA, "/"));
        request.Headers.Add("Cookie", $"{ReadYourWrites.CookieName}={new string('9', 4000)}");
        using var client = new HttpClient();
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task Killing_one_node_under_read_load_costs_readers_nothing()
    {
        var (story, _) = await StoryWithReplyAsync("Read while a node dies", "Still here.");
        using var readers = new HttpClient { BaseAddress = _cluster.Balancer, Timeout = TimeSpan.FromSeconds(20) };
        var failures = new ConcurrentBag<string>();
        var afterKill = 0;
        var killed = false;
        using var stop = new CancellationTokenSource();

        async Task ReadUntilStoppedAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var page in new[] { "/", story, "/r/anxiety" })
                {
                    try
                    {
                        var response = await readers.GetAsync(page);
                        if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{page}: {(int)response.StatusCode}");
                    }
                    catch (HttpRequestException e)
                    {
                        failures.Add($"{page}: {e.Message}");
                    }
                    if (Volatile.Read(ref killed)) Interlocked.Increment(ref afterKill);
                }
            }
        }

        var load = Enumerable.Range(0, 6).Select(_ => Task.Run(ReadUntilStoppedAsync)).ToList();
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
            await _cluster.RunAsync("node", "b", "kill");
            Volatile.Write(ref killed, true);
            await Task.Delay(TimeSpan.FromSeconds(3));
            await stop.CancelAsync();
            await Task.WhenAll(load);
        }
        finally
        {
            await stop.CancelAsync();
            await _cluster.RunAsync("node", "b", "start");
        }

        failures.ShouldBeEmpty();
        afterKill.ShouldBeGreaterThan(20, "readers went on reading after the kill");
    }

    [Test]
    public async Task A_node_given_the_standby_as_its_primary_stops_with_one_line()
    {
        (await StartAgainstAsync(_cluster.Standby)).ShouldBe((1, PrimaryCheck.StandbyGiven));
        (await StartAgainstAsync(OnlyStandbyHosts())).ShouldBe((1, PrimaryCheck.NoPrimaryAmongHosts));
    }

    [Test]
    public async Task A_burst_from_one_client_over_both_nodes_is_capped_at_one_budget()
    {
        // Reports are the budget no other journey here spends: 10 per 10 minutes for a reader without a name,
        // keyed by (an HMAC of) the address, which is 127.0.0.1 through either node.
        var (story, _) = await StoryWithReplyAsync("Reported in a burst", "A reply nobody needs to report.");
        var report = $"/posts/thread/{story.Split('/')[2]}/report";
        var reader = new CookieContainer();
        var answers = new List<HttpStatusCode>();
        for (var n = 0; n < 20; n++)
        {
            var sent = await Visitor(reader, n % 2 == 0 ? _cluster.NodeA : _cluster.NodeB).SubmitAsync(report, report,
                new Dictionary<string, string> { ["Category"] = "spam", ["Note"] = $"Burst {n}" });
            answers.Add(sent.StatusCode);
        }

        answers.Count(status => status == HttpStatusCode.Redirect).ShouldBe(10, string.Join(", ", answers));
        answers.Count(status => status == HttpStatusCode.TooManyRequests).ShouldBe(10);
    }

    [Test]
    public async Task A_kept_page_loses_a_removed_reply_on_both_nodes_even_when_rendered_from_a_lagging_standby()
    {
        var name = $"Cache mod {Guid.NewGuid().ToString("N")[..8]}";
        await _cluster.AddModeratorAsync(name, Password);
        var (story, replyId) = await StoryWithReplyAsync("A kept page", "Words that come down.");
        // Other readers get the reply once the standby has replayed it (a page kept before that is evicted then).
        foreach (var node in new[] { _cluster.NodeA, _cluster.NodeB })
            await EventuallyAsync(async () => (await ReadAsync(new CookieContainer(), node, story)).Contains("Words that come down."),
                "the standby replays the reply", within: TimeSpan.FromSeconds(20));
        var moderator = new CookieContainer();
        (await Visitor(moderator, _cluster.NodeA).SignInAsModeratorAsync(name, Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await PauseReplayAsync();
        try
        {
            var removed = await Visitor(moderator, _cluster.NodeB).SubmitAsync($"/mod/replies/{replyId}", $"/mod/replies/{replyId}/remove",
                new Dictionary<string, string> { ["Reason"] = "Shares someone's private details" });
            removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            // The eviction emptied the cache; this reader's page is rendered again from the standby, which has not
            // replayed the removal, and kept.
            (await ReadAsync(new CookieContainer(), _cluster.NodeA, story)).ShouldContain("Words that come down.");
            (await ReadAsync(new CookieContainer(), _cluster.NodeB, story)).ShouldContain("Words that come down.", Case.Sensitive,
                "the other node serves the page kept from the lagging standby");
        }
        finally
        {
            await ResumeReplayAsync();
        }

        // Well inside the kept page's lifetime (60 s): the second eviction, once the standby caught up, took it,
        // not the page expiring.
        await EventuallyAsync(async () => !(await ReadAsync(new CookieContainer(), _cluster.NodeB, story)).Contains("Words that come down."),
            "readers stop seeing the removed reply", within: TimeSpan.FromSeconds(20));
        (await ReadAsync(new CookieContainer(), _cluster.NodeA, story)).ShouldNotContain("Words that come down.");
    }

    /// <summary>A connection string naming the standby twice: several hosts, none of them a primary.</summary>
    private string OnlyStandbyHosts()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(_cluster.Standby);
        builder.Host = $"{builder.Host},{builder.Host}";
        return builder.ConnectionString;
    }

    /// <summary>The published forum started by hand with this connection string: its exit code and what it printed.</summary>
    private async Task<(int, string)> StartAgainstAsync(string connectionString)
    {
        var home = Directory.CreateTempSubdirectory("forum-node-home-").FullName;
        try
        {
            var (code, output) = await ComposeStack.RunAsync("dotnet", [Path.Combine(_cluster.PublishedApp, "Forum.Web.dll")],
                new Dictionary<string, string>
                {
                    ["ConnectionStrings__Forum"] = connectionString,
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
                    ["HOME"] = home,
                });
            return (code, output.Trim());
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private async Task<string> ReadAsync(CookieContainer jar, Uri node, string page) =>
        await (await Visitor(jar, node).GetAsync(page)).Content.ReadAsStringAsync();

    private string? FreshCookie(CookieContainer jar) => jar.GetCookies(_cluster.Balancer)[ReadYourWrites.CookieName]?.Value;

    /// <summary>A story and a reply to it, each by a writer of its own, through the balancer.</summary>
    private async Task<(string Story, long ReplyId)> StoryWithReplyAsync(string title, string reply)
    {
        var story = await PostStoryAsync(Visitor(new CookieContainer(), _cluster.Balancer), title);
        var replier = Visitor(new CookieContainer(), _cluster.Balancer);
        // The replier is someone else, reading from the standby: the story reaches them once it is replayed.
        await EventuallyAsync(async () => (await replier.GetAsync(story)).StatusCode == HttpStatusCode.OK, "the standby replays the story");
        var replied = await replier.SubmitAsync(story, RepliesOf(story), new Dictionary<string, string> { ["Body"] = reply });
        replied.StatusCode.ShouldBe(HttpStatusCode.Redirect, await replied.Content.ReadAsStringAsync());
        return (story, long.Parse(replied.Headers.Location!.OriginalString.Split("#reply-")[1]));
    }

    private Task PauseReplayAsync() => _cluster.OnServerAsync<object>(_cluster.Standby, "SELECT pg_wal_replay_pause()::text");

    private Task ResumeReplayAsync() => _cluster.OnServerAsync<object>(_cluster.Standby, "SELECT pg_wal_replay_resume()::text");

    private async Task<string> StandbyCheckAsync()
    {
        using var client = new HttpClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(_cluster.NodeB, "/healthz")));
        return health.RootElement.GetProperty("checks").GetProperty("standby").GetString()!;
    }

    private async Task<long> StandbyBytesBehindAsync()
    {
        using var client = new HttpClient();
        using var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(_cluster.NodeA, "/healthz")));
        return health.RootElement.GetProperty("measures").GetProperty("standby").GetProperty("bytesBehind").GetInt64();
    }

}
