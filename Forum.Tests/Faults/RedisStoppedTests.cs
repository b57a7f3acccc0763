using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Forum.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Tests.Faults;

/// <summary>
/// Redis is a helper, never a dependency. Two nodes share one database and one Redis (a real redis-server, killed
/// mid-run as a crash would end it, then started again empty on the same port). While it is away pages come as fast
/// as before (nobody waits out a timeout), each node's budgets still hold, counting what was spent before Redis
/// went, /healthz says degraded; when it is back the nodes share again. In process rather than on scripts/cluster:
/// killing and restarting the cluster's Redis is the same fault, and this way the run costs no Release build.
/// </summary>
[Category("Faults")]
[NonParallelizable]
public sealed class RedisStoppedTests
{
    private const int ReportLimit = 10;
    private const int RepliesPerAddress = 3;
    private const int AtOnce = 20;

    private TestRedis _redis = null!;
    private ForumWebFactory _nodeA = null!;
    private ForumWebFactory _nodeB = null!;
    private WebApplicationFactory<Program> _devicesA = null!;
    private WebApplicationFactory<Program> _devicesB = null!;

    [OneTimeSetUp]
    public async Task StartNodes()
    {
        _redis = await TestRedis.StartAsync();
        _nodeA = await ForumWebFactory.CreateAsync(rateLimits: true, pageCache: true);
        _nodeB = new ForumWebFactory(_nodeA.ConnectionString, rateLimits: true, pageCache: true);
        foreach (var node in new[] { _nodeA, _nodeB })
        {
            node.Settings["Redis"] = _redis.ConnectionString;
            node.Settings["RateLimits:Reports:PermitLimit"] = ReportLimit.ToString();
            node.Settings["RateLimits:Replies:AddressPermitLimit"] = RepliesPerAddress.ToString();
            node.Settings["RateLimits:Pseudonyms:PermitLimit"] = "100";
            // Above the shipped 50 ms so that a loaded test machine doesn't count a send on its node alone while Redis
            // is up; a killed Redis refuses at once, so its calls don't wait even this long.
            node.Settings["RedisCalls:TimeoutMilliseconds"] = "1000";
        }
        _devicesA = TestDevices.On(_nodeA);
        _devicesB = TestDevices.On(_nodeB);
    }

    [OneTimeTearDown]
    public async Task StopNodes()
    {
        await _devicesA.DisposeAsync();
        await _devicesB.DisposeAsync();
        await _nodeA.DisposeAsync();
        await _nodeB.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Test, Order(1)]
    public async Task Killing_redis_mid_run_keeps_pages_fast_and_budgets_per_node_and_says_degraded_until_it_is_back()
    {
        var writer = TestDevices.Client(_devicesA, "192.0.2.10");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Redis goes away", ["Body"] = "Some lines about a long week." });
        var story = created.Headers.Location!.OriginalString;
        var storyId = long.Parse(story.Split('/')[2]);
        var report = $"/posts/thread/{storyId}/report";
        string[] pages = ["/", "/r/anxiety", story];
        // Both phases start with nothing kept (the story just written evicted every page; Redis's death takes the
        // shared copies), so each counts its first renders alike.
        var up = await ReadPagesAsync(pages, 90);
        var healthUp = await RedisCheckAsync(_devicesA);
        // Six reports from one address through node A while Redis counts them: node A counted them too.
        var before = await ReportAtOnceAsync(report, "192.0.2.20", [_devicesA], 6);
        before.ShouldBe(6);

        await _redis.KillAsync();
        var stopped = await ReadPagesAsync(pages, 90);
        var sameAddressOnA = await ReportAtOnceAsync(report, "192.0.2.20", [_devicesA], AtOnce);
        var sameAddressOnB = await ReportAtOnceAsync(report, "192.0.2.20", [_devicesB], AtOnce);
        var freshOnA = await ReportAtOnceAsync(report, "192.0.2.21", [_devicesA], AtOnce);
        var replies = await RepliesAtOnceAsync(story, "192.0.2.22", 10);

        await TestContext.Progress.WriteLineAsync(
            $"Pages (home, room, story; 90 each phase, 6 at once over both nodes): Redis up p50 {up.P50:F1} ms, p95 {up.P95:F1} ms, max {up.Max:F0} ms; " +
            $"Redis killed p50 {stopped.P50:F1} ms, p95 {stopped.P95:F1} ms, max {stopped.Max:F0} ms. " +
            $"Reports (limit {ReportLimit}): {before} of 6 with Redis up on node A, then with Redis killed {sameAddressOnA} of {AtOnce} at once more on node A, " +
            $"{sameAddressOnB} of {AtOnce} on node B, {freshOnA} of {AtOnce} from a fresh address on node A; " +
            $"replies (address limit {RepliesPerAddress}): {replies} of 10 at once on node A. Load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.");

        stopped.Max.ShouldBeLessThan(2500, "no page waits out the client's default 5 s timeout");
        stopped.P95.ShouldBeLessThan(Math.Max(1000, 2 * up.P95), "pages with Redis away come about as fast as with it");
        (before + sameAddressOnA).ShouldBe(ReportLimit, "node A counted the six it took while Redis was up: no window is dropped");
        sameAddressOnB.ShouldBe(ReportLimit, "node B holds its own limit");
        freshOnA.ShouldBe(ReportLimit);
        replies.ShouldBe(RepliesPerAddress);
        healthUp.ShouldBe("healthy");
        await EventuallyAsync(async () => await RedisCheckAsync(_devicesA) == "degraded" && await RedisCheckAsync(_devicesB) == "degraded",
            "both nodes' /healthz say Redis is degraded");
        (await HealthStatusAsync(_devicesA)).ShouldNotBe("healthy");

        await _redis.StartAgainAsync();
        // Past the minute a node trusts its copy of the shared address key (the nodes' clocks are the tests' own).
        _nodeA.Clock.Advance(TimeSpan.FromMinutes(2));
        _nodeB.Clock.Advance(TimeSpan.FromMinutes(2));
        await EventuallyAsync(async () => await RedisCheckAsync(_devicesA) == "healthy" && await RedisCheckAsync(_devicesB) == "healthy",
            "both nodes' /healthz say Redis is healthy again");
        // Shared again: a page node A keeps in the new Redis is the one node B serves.
        await EventuallyAsync(async () =>
        {
            (await Anonymous(_devicesA).GetAsync(story)).EnsureSuccessStatusCode();
            return (await Anonymous(_devicesB).GetAsync(story)).Headers.Age is not null;
        }, "node B serves a page node A kept in Redis");
        // One budget over both nodes again. A fresh address each try: on a loaded test machine one call may still
        // outlast the timeout, and that send is then counted on its node alone.
        var attempt = 30;
        await EventuallyAsync(async () => await ReportAtOnceAsync(report, $"192.0.2.{attempt++}", [_devicesA, _devicesB], AtOnce) == ReportLimit,
            $"{ReportLimit} of {AtOnce} reports spread over both nodes are taken: one budget in Redis");
    }

    [Test, Order(2)]
    public async Task A_frozen_redis_that_keeps_its_connections_open_holds_nobody_up_and_keeps_the_budgets()
    {
        await EventuallyAsync(async () => await RedisCheckAsync(_devicesA) == "healthy" && await RedisCheckAsync(_devicesB) == "healthy",
            "both nodes start with Redis healthy");
        var writer = TestDevices.Client(_devicesA, "192.0.2.110");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Redis stops answering", ["Body"] = "Some lines about a slow week." });
        var story = created.Headers.Location!.OriginalString;
        var report = $"/posts/thread/{story.Split('/')[2]}/report";
        string[] pages = ["/", "/r/anxiety", story];
        var up = await ReadPagesAsync(pages, 90);

        // Unlike a killed server, a frozen one refuses nothing: every call waits for its timeout until the breaker opens.
        await _redis.FreezeAsync();
        try
        {
            var frozen = await ReadPagesAsync(pages, 90);
            var sameAddressOnA = await ReportAtOnceAsync(report, "192.0.2.120", [_devicesA], AtOnce);
            await TestContext.Progress.WriteLineAsync(
                $"Pages with Redis frozen (SIGSTOP): p50 {frozen.P50:F1} ms, p95 {frozen.P95:F1} ms, max {frozen.Max:F0} ms " +
                $"(up: p50 {up.P50:F1}, p95 {up.P95:F1}); reports {sameAddressOnA} of {AtOnce} at once (limit {ReportLimit}). " +
                $"Load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}.");

            // Before the breaker opens a page may wait out its own calls' 1 s timeouts (two at most), never the client's 5 s.
            frozen.Max.ShouldBeLessThan(Math.Max(2500, up.Max + 2500), "no page waits longer than its own short timeouts beyond what the machine's stalls cost");
            frozen.P50.ShouldBeLessThan(Math.Max(250, 2 * up.P95), "once the breaker is open, pages come as they do with Redis up");
            sameAddressOnA.ShouldBe(ReportLimit, "the node's own budget holds while Redis says nothing");
            await EventuallyAsync(async () => await RedisCheckAsync(_devicesA) == "degraded", "/healthz says Redis is degraded");
        }
        finally
        {
            await _redis.ThawAsync();
        }

        _nodeA.Clock.Advance(TimeSpan.FromMinutes(2));
        _nodeB.Clock.Advance(TimeSpan.FromMinutes(2));
        await EventuallyAsync(async () => await RedisCheckAsync(_devicesA) == "healthy" && await RedisCheckAsync(_devicesB) == "healthy",
            "both nodes find Redis again once it answers");
    }

    private async Task<Latency> ReadPagesAsync(string[] pages, int count)
    {
        var times = new List<double>();
        var next = -1;
        async Task ReadAsync(HttpClient node)
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < count)
            {
                var started = Stopwatch.GetTimestamp();
                var response = await node.GetAsync(pages[n % pages.Length]);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                lock (times) times.Add(elapsed);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => ReadAsync(i % 2 == 0 ? AnonymousA : AnonymousB))));
        times.Sort();
        return new Latency(times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1]);
    }

    private sealed record Latency(double P50, double P95, double Max);

    private HttpClient AnonymousA => Anonymous(_devicesA);
    private HttpClient AnonymousB => Anonymous(_devicesB);

    private static HttpClient Anonymous(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(TestDevices.Header, "198.51.100.30");
        return client;
    }

    /// <summary>Reports sent all at once from one address (no name, so the address's budget), spread over <paramref name="nodes"/>; returns how many were taken.</summary>
    private static async Task<int> ReportAtOnceAsync(string report, string address, WebApplicationFactory<Program>[] nodes, int count)
    {
        var form = nodes[0].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        form.DefaultRequestHeaders.Add(TestDevices.Header, address);
        var page = await form.GetAsync(report);
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum_form=")).Split(';')[0];
        var token = (await page.ParseAsync()).QuerySelector(Forum.Tests.Infrastructure.Pages.ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = Enumerable.Range(0, count).Select(i => Task.Run(async () =>
        {
            using var client = nodes[i % nodes.Length].CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            client.DefaultRequestHeaders.Add(TestDevices.Header, address);
            using var request = new HttpRequestMessage(HttpMethod.Post, report)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Category"] = "spam" }),
            };
            request.Headers.Add("Cookie", cookie);
            await start.Task;
            return (await client.SendAsync(request)).StatusCode;
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(sends);
        answers.ShouldAllBe(s => s == HttpStatusCode.Redirect || s == HttpStatusCode.TooManyRequests, string.Join(", ", answers));
        return answers.Count(s => s == HttpStatusCode.Redirect);
    }

    /// <summary>Replies sent at once from one address through node A, each from a new browser (so a new name each): the address's budget.</summary>
    private async Task<int> RepliesAtOnceAsync(string story, string address, int count)
    {
        var replies = $"/t/{story.Split('/')[2]}/replies";
        var forms = new List<(HttpClient Browser, List<KeyValuePair<string, string>> Fields)>();
        for (var i = 0; i < count; i++)
        {
            var browser = TestDevices.Client(_devicesA, address);
            var hidden = await browser.HiddenFieldsAsync(story, replies);
            forms.Add((browser, hidden.Where(f => f.Key != "Body").Append(new("Body", $"Still here, {i} {Guid.NewGuid():N}")).ToList()));
        }
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = forms.Select(form => Task.Run(async () =>
        {
            await start.Task;
            return (await form.Browser.PostAsync(replies, new FormUrlEncodedContent(form.Fields))).StatusCode;
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(sends);
        answers.ShouldAllBe(s => s == HttpStatusCode.Redirect || s == HttpStatusCode.TooManyRequests, string.Join(", ", answers));
        return answers.Count(s => s == HttpStatusCode.Redirect);
    }

    private static async Task<string?> RedisCheckAsync(WebApplicationFactory<Program> node)
    {
        using var health = JsonDocument.Parse(await Anonymous(node).GetStringAsync("/healthz"));
        return health.RootElement.GetProperty("checks").TryGetProperty("redis", out var redis) ? redis.GetString() : null;
    }

    private static async Task<string?> HealthStatusAsync(WebApplicationFactory<Program> node)
    {
        using var health = JsonDocument.Parse(await Anonymous(node).GetStringAsync("/healthz"));
        return health.RootElement.GetProperty("status").GetString();
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Not within 30 s: {what}.");
    }
}
