using System.Net;
using Forum.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Forum.Domain.Reactions;
using Forum.Web.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// Two app nodes on one database and one Redis (started here, on loopback), as behind a balancer: a visitor's
/// budget is one budget whichever node answers, because the count and the address key both live in Redis, and a
/// page kept by one node is evicted for both by a write through either.
/// </summary>
[Category("Web")]
public sealed class TwoNodeTests
{
    private const int PermitLimit = 4;
    private const int RepliesPerAddress = 3;
    private const string Device = "198.51.100.7";

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
            node.Settings["RateLimits:Reports:PermitLimit"] = PermitLimit.ToString();
            node.Settings["RateLimits:Replies:AddressPermitLimit"] = RepliesPerAddress.ToString();
            // Every send below makes a name; the replies' address budget is what is being tested, not the names'.
            node.Settings["RateLimits:Pseudonyms:PermitLimit"] = "100";
            // Sharing is what is tested here: on a loaded test machine a call can take longer than the shipped 50 ms,
            // and that send would then count on its node alone (RedisStoppedTests is about that).
            node.Settings["RedisCalls:TimeoutMilliseconds"] = "5000";
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

    [Test]
    public async Task A_burst_spread_over_both_nodes_at_once_is_capped_at_one_budget()
    {
        var writer = TestDevices.Client(_devicesA, "192.0.2.1");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Shared limits", ["Body"] = "Body" });
        var storyId = long.Parse(created.Headers.Location!.OriginalString.Split('/')[2]);
        var report = $"/posts/thread/{storyId}/report";
        // One browser: node A renders the form, and its token is good on node B too (Data Protection keys in PostgreSQL).
        var (token, cookie) = await FormTokenAsync(_devicesA, report);
        using var gate = new SemaphoreSlim(0);

        var sends = Enumerable.Range(0, 10).Select(async i =>
        {
            using var client = NewClient(i % 2 == 0 ? _devicesA : _devicesB);
            using var request = new HttpRequestMessage(HttpMethod.Post, report)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Category"] = "spam" }),
            };
            request.Headers.Add("Cookie", cookie);
            await gate.WaitAsync();
            return (await client.SendAsync(request)).StatusCode;
        }).ToList();
        gate.Release(sends.Count);
        var answers = await Task.WhenAll(sends);

        answers.Count(s => s == HttpStatusCode.Redirect).ShouldBe(PermitLimit, string.Join(", ", answers));
        answers.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(sends.Count - PermitLimit);
        await using var db = TestPostgres.CreateContext(_nodeA.ConnectionString);
        (await db.Reports.CountAsync(r => r.StoryId == storyId)).ShouldBe(PermitLimit, "every acknowledged report is stored, and no other");
    }

    [Test]
    public async Task A_burst_of_replies_from_one_address_with_fresh_cookies_over_both_nodes_is_capped_at_one_address_budget()
    {
        const string address = "192.0.2.4";
        var writer = TestDevices.Client(_devicesA, address);
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Many answers", ["Body"] = "Body" });
        var location = created.Headers.Location!.OriginalString;
        var storyId = long.Parse(location.Split('/')[2]);
        var replies = $"/t/{storyId}/replies";
        // A new browser for every send (so a new name each time), alternating between the nodes.
        var forms = new List<(HttpClient Browser, List<KeyValuePair<string, string>> Fields)>();
        for (var i = 0; i < 10; i++)
        {
            var browser = TestDevices.Client(i % 2 == 0 ? _devicesA : _devicesB, address);
            var hidden = await browser.HiddenFieldsAsync(location, replies);
            forms.Add((browser, hidden.Where(f => f.Key != "Body").Append(new("Body", $"Reply {i} {Guid.NewGuid():N}")).ToList()));
        }
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sends = forms.Select(form => Task.Run(async () =>
        {
            await start.Task;
            return (await form.Browser.PostAsync(replies, new FormUrlEncodedContent(form.Fields))).StatusCode;
        })).ToList();
        start.SetResult();
        var answers = await Task.WhenAll(sends);

        var acknowledged = answers.Count(s => s == HttpStatusCode.Redirect);
        acknowledged.ShouldBe(RepliesPerAddress, string.Join(", ", answers));
        answers.Count(s => s == HttpStatusCode.TooManyRequests).ShouldBe(forms.Count - RepliesPerAddress);
        await using var db = TestPostgres.CreateContext(_nodeA.ConnectionString);
        (await db.Replies.CountAsync(r => r.StoryId == storyId)).ShouldBe(acknowledged, "every acknowledged reply is stored, and no other");
    }

    [Test]
    public async Task Budgets_are_named_by_an_hmac_in_redis_never_by_the_address()
    {
        var writer = TestDevices.Client(_devicesB, "192.0.2.2");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Named budgets", ["Body"] = "Body" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var redis = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var server = redis.GetServer(redis.GetEndPoints().Single());
        var keys = server.Keys(pattern: "forum:budget:*").Select(k => (string)k!).ToList();
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(key => !key.Contains("192.0.2.2") && !key.Contains(Device));
        (await redis.GetDatabase().KeyTimeToLiveAsync(Forum.Web.AntiAbuse.SharedAddressSecret.RedisKey)).ShouldNotBeNull("the shared address key expires: that is its rotation");
    }

    [Test]
    public async Task A_removal_through_one_node_evicts_the_page_the_other_node_kept()
    {
        var writer = TestDevices.Client(_devicesA, "192.0.2.3");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string> { ["Title"] = "Kept on both", ["Body"] = "Body" });
        var location = created.Headers.Location!.OriginalString;
        var storyId = long.Parse(location.Split('/')[2]);
        (await NewClient(_devicesB).GetAsync(location)).Headers.Age.ShouldBeNull();
        (await NewClient(_devicesB).GetAsync(location)).Headers.Age.ShouldNotBeNull("node B kept it");
        (await NewClient(_devicesA).GetAsync(location)).Headers.Age.ShouldNotBeNull("node A finds node B's copy: one store, in Redis");
        var links = _nodeA.Services.GetRequiredService<ForumLinks>();
        var moderator = await _nodeA.SignedInModeratorAsync();

        var removed = await moderator.SubmitAsync(links.Mod.Post(PostKind.Story, storyId), links.Mod.Remove(PostKind.Story, storyId),
            new Dictionary<string, string> { ["Reason"] = "Shares someone's private details" });

        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewClient(_devicesB).GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "node B's readers no longer get the kept copy");
    }

    private static HttpClient NewClient(WebApplicationFactory<Program> node)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add(TestDevices.Header, Device);
        return client;
    }

    /// <summary>A form token and the antiforgery cookie it belongs to, to send by hand through either node.</summary>
    private static async Task<(string Token, string Cookie)> FormTokenAsync(WebApplicationFactory<Program> node, string page)
    {
        using var client = NewClient(node);
        var response = await client.GetAsync(page);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("forum_form=")).Split(';')[0];
        var token = (await response.ParseAsync()).QuerySelector(Forum.Tests.Infrastructure.Pages.ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        return (token, cookie);
    }
}
