using System.Globalization;
using AngleSharp.Html.Dom;
using Forum.Data;
using Forum.Tests.Infrastructure.Pages;
using Forum.Web.AntiAbuse;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// The posting budgets with their shipped settings, against a hostile client that throws its cookies away or
/// collects names, sending at the same instant: one address posts at most its address budget in a window, every
/// name it mints spends its new-name budget, and what was stored is exactly what was acknowledged. Each test
/// speaks from its own address, so that budgets spent by one test are not another's.
/// </summary>
[Category("Web")]
public sealed class PostingBudgetTests
{
    private static readonly RateLimitSettings Shipped = new();
    private ForumWebFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;
    private string _storyLocation = "";
    private long _storyId;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = await ForumWebFactory.CreateAsync(rateLimits: true);
        _app = TestDevices.On(_factory);
        var writer = Client("198.51.100.1");
        var created = await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "A story many will answer", ["Body"] = "Some words about my week." });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        _storyLocation = created.Headers.Location!.OriginalString;
        _storyId = long.Parse(_storyLocation.Split('/')[2], CultureInfo.InvariantCulture);
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private HttpClient Client(string address) => TestDevices.Client(_app, address);

    private async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(_factory.ConnectionString);
        return await read(db);
    }

    /// <summary>A form as the page gave it (token and submission key included), with what the writer typed.</summary>
    private static async Task<List<KeyValuePair<string, string>>> FormAsync(HttpClient browser, string page, string action, Dictionary<string, string> typed)
    {
        var hidden = await browser.HiddenFieldsAsync(page, action);
        return hidden.Where(field => !typed.ContainsKey(field.Key)).Concat(typed).ToList();
    }

    /// <summary>Every send waits at one gate, then all go at once.</summary>
    private static async Task<HttpResponseMessage[]> AtOnceAsync(IEnumerable<Func<Task<HttpResponseMessage>>> sends)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = sends.Select(send => Task.Run(async () =>
        {
            await start.Task;
            return await send();
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }

    private static async Task ShouldBeAKindLimitRefusalKeepingAsync(HttpResponseMessage response, string text)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(WebUtility.HtmlEncode(text), customMessage: "the words come back with the refusal");
        html.ShouldContain("has to wait a little");
    }

    private Task<int> RepliesAsync() => WithDb(db => db.Replies.CountAsync(r => r.StoryId == _storyId));

    private Task<int> NamesAsync() => WithDb(db => db.Pseudonyms.CountAsync());

    [Test]
    public async Task Replies_sent_without_a_name_at_the_same_instant_mint_no_more_names_than_the_address_budget_and_stored_equals_acknowledged()
    {
        const string address = "203.0.113.10";
        var (repliesBefore, namesBefore) = (await RepliesAsync(), await NamesAsync());
        // A fresh browser for every send: no pseudonym cookie, so each would make a new name and, before, a new budget.
        var forms = new List<(HttpClient Browser, List<KeyValuePair<string, string>> Fields, string Body)>();
        for (var i = 0; i < 3 * Shipped.Pseudonyms.PerAddress; i++)
        {
            var browser = Client(address);
            var body = $"Hostile reply {i} {Guid.NewGuid():N}";
            forms.Add((browser, await FormAsync(browser, _storyLocation, $"/t/{_storyId}/replies", new() { ["Body"] = body }), body));
        }

        var responses = await AtOnceAsync(forms.Select(f => (Func<Task<HttpResponseMessage>>)(() => f.Browser.PostAsync($"/t/{_storyId}/replies", new FormUrlEncodedContent(f.Fields)))));

        var acknowledged = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        acknowledged.ShouldBe(Shipped.Pseudonyms.PerAddress, "one reply per name the address may make");
        (await RepliesAsync() - repliesBefore).ShouldBe(acknowledged, "every reply stored was acknowledged, and every acknowledged one stored");
        (await NamesAsync() - namesBefore).ShouldBe(acknowledged, "a refused send leaves no name behind");
        for (var i = 0; i < responses.Length; i++)
            if (responses[i].StatusCode != HttpStatusCode.Redirect) await ShouldBeAKindLimitRefusalKeepingAsync(responses[i], forms[i].Body);
    }

    [Test]
    public async Task However_many_names_one_address_gathers_it_posts_at_most_its_address_budget_of_replies_in_a_window()
    {
        const string address = "203.0.113.20";
        var (repliesBefore, namesBefore) = (await RepliesAsync(), await NamesAsync());
        // Gather every name the address may make, each in its own browser, by asking for it.
        var holders = new List<HttpClient>();
        for (var i = 0; ; i++)
        {
            var browser = Client(address);
            var made = await browser.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = $"Gatherer {Guid.NewGuid().ToString("N")[..10]}" });
            if (made.StatusCode == HttpStatusCode.TooManyRequests) break;
            made.StatusCode.ShouldBe(HttpStatusCode.OK);
            holders.Add(browser);
        }
        holders.Count.ShouldBe(Shipped.Pseudonyms.PerAddress);

        // Then every name sends more than its own budget, all at once: far more than the address may post.
        var forms = new List<(HttpClient Browser, List<KeyValuePair<string, string>> Fields)>();
        foreach (var browser in holders)
            for (var i = 0; i < Shipped.Replies.PermitLimit / 2; i++)
                forms.Add((browser, await FormAsync(browser, _storyLocation, $"/t/{_storyId}/replies", new() { ["Body"] = $"Gathered reply {Guid.NewGuid():N}" })));
        forms.Count.ShouldBeGreaterThan(Shipped.Replies.PerAddress);
        var responses = await AtOnceAsync(forms.Select(f => (Func<Task<HttpResponseMessage>>)(() => f.Browser.PostAsync($"/t/{_storyId}/replies", new FormUrlEncodedContent(f.Fields)))));

        var acknowledged = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        acknowledged.ShouldBe(Shipped.Replies.PerAddress, "the largest number of replies one address can post in a window");
        (await RepliesAsync() - repliesBefore).ShouldBe(acknowledged);
        (await NamesAsync() - namesBefore).ShouldBe(holders.Count, "no send made a name: each browser held one");
        responses.Where(r => r.StatusCode != HttpStatusCode.Redirect).ShouldAllBe(r => r.StatusCode == HttpStatusCode.TooManyRequests);

        // The next window is a fresh budget.
        _factory.Clock.Advance(Shipped.Replies.Window);
        (await holders[0].SubmitAsync(_storyLocation, $"/t/{_storyId}/replies", new Dictionary<string, string> { ["Body"] = "A new window" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task Progress_changes_spend_a_budget_like_other_writes()
    {
        var person = Client("203.0.113.40");
        var today = DateOnly.FromDateTime(_factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        async Task<HttpResponseMessage> CheckInAsync(int i) => await person.PostAsync("/me/progress/check-ins", new FormUrlEncodedContent(
            await FormAsync(person, "/me/progress", "/me/progress/check-ins", new() { ["Day"] = today, ["Mood"] = "3", ["Note"] = $"note {i}" })));

        for (var i = 0; i < Shipped.Progress.PermitLimit; i++) (await CheckInAsync(i)).StatusCode.ShouldBe(HttpStatusCode.Redirect, $"change {i}");
        var refused = await CheckInAsync(-1);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await refused.ParseAsync()).QuerySelector("textarea[name='Note'], input[name='Note']")!.ShouldNotBeNull("the note comes back to try again later");
        _factory.Clock.Advance(Shipped.Progress.Window);
        (await CheckInAsync(0)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the next window is a fresh budget");
    }

    [Test]
    public async Task Familiar_presses_and_check_ins_without_a_name_mint_no_more_names_than_the_address_budget()
    {
        const string address = "203.0.113.30";
        var namesBefore = await NamesAsync();
        var sends = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < Shipped.Pseudonyms.PerAddress; i++)
        {
            var presser = Client(address);
            var press = await FormAsync(presser, _storyLocation, $"/posts/thread/{_storyId}/familiar", new() { ["familiar"] = "true" });
            sends.Add(() => presser.PostAsync($"/posts/thread/{_storyId}/familiar", new FormUrlEncodedContent(press)));
            var checker = Client(address);
            var checkIn = await FormAsync(checker, "/me/progress", "/me/progress/check-ins",
                new() { ["Day"] = DateOnly.FromDateTime(_factory.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Mood"] = "3", ["Note"] = $"note {i}" });
            sends.Add(() => checker.PostAsync("/me/progress/check-ins", new FormUrlEncodedContent(checkIn)));
        }

        var responses = await AtOnceAsync(sends);

        var acknowledged = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        acknowledged.ShouldBe(Shipped.Pseudonyms.PerAddress);
        (await NamesAsync() - namesBefore).ShouldBe(acknowledged);
        var stored = await WithDb(async db =>
            await db.Reactions.CountAsync(r => r.PostId == _storyId && r.PostKind == Forum.Domain.Stories.PostKind.Story) + await db.CheckIns.CountAsync());
        stored.ShouldBe(acknowledged, "presses and check-ins stored, one per name made");
        for (var i = 0; i < responses.Length; i++)
            if (responses[i].StatusCode != HttpStatusCode.Redirect)
            {
                responses[i].StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
                if (i % 2 == 1) (await responses[i].Content.ReadAsStringAsync()).ShouldContain($"note {i / 2}", customMessage: "the check-in's note comes back");
            }
    }

    /// <summary>
    /// A press at a post nobody may see answers as one at a post that never existed, and spends the same: otherwise
    /// removed and held ids could be probed for free, thousands at a time.
    /// </summary>
    [Test]
    public async Task Presses_at_posts_that_are_not_there_spend_the_budget_as_presses_at_posts_that_are()
    {
        var prober = Client("198.51.100.77");
        var token = System.Text.Json.JsonDocument.Parse(await prober.GetStringAsync("/forms/token")).RootElement.GetProperty("token");
        var fields = new Dictionary<string, string>
        {
            [token.GetProperty("name").GetString()!] = token.GetProperty("value").GetString()!, ["familiar"] = "false", ["follow"] = "false",
        };
        var missing = _storyId + 100_000;
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i <= Shipped.Reactions.PerAddress; i++)
        {
            var action = i % 2 == 0 ? $"/posts/reply/{missing + i}/familiar" : $"/t/{missing + i}/follow";
            answers.Add((await prober.PostAsync(action, new FormUrlEncodedContent(fields))).StatusCode);
        }
        answers.Take(Shipped.Reactions.PerAddress).ShouldAllBe(status => status == HttpStatusCode.NotFound);
        answers[^1].ShouldBe(HttpStatusCode.TooManyRequests, "the address's reactions budget is spent by presses at nothing, too");
    }
}
