using Forum.Data.Writing;
using Forum.Tests.Rendering;
using Microsoft.Playwright;

namespace Forum.Tests.Browser;

/// <summary>
/// Every hostile input, rendered through the real pipeline and opened in Chromium where posts appear today
/// (the thread page and the preview): no dialog, no navigation, no request to another site, no flag set by a
/// payload, and nothing forbidden left in the live DOM.
/// </summary>
public sealed class HostilePayloadTests : BrowserTest
{
    private const int RepliesPerStory = 40;
    private readonly List<string> _threadUrls = [];
    private static readonly List<(string Technique, string Markdown)> Payloads = HostileInputs.All.ToList();

    [OneTimeSetUp]
    public async Task StorePayloads()
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var writer = new StoryWriter(db, new MarkdownPostRenderer(), Factory.Clock, WatchedPhrases.None, Builders.NoRisk);
        // A name per payload: payloads that differ only by characters the stored-text rule removes ("<scr\0ipt>") would
        // otherwise be one writer's repeat of the same words, which the writer answers with the post already there.
        var names = 0;
        Pseudonym NewAuthor() => Pseudonym.Create($"Hostile Tester {++names}", PseudonymSecret.New(), Factory.Clock.GetUtcNow());
        foreach (var chunk in Payloads.Chunk(RepliesPerStory + 1))
        {
            var thread = await writer.StartStoryAsync("general", $"Payloads from {chunk[0].Technique}", chunk[0].Markdown, ContentWarningSet.None, NewAuthor(), CancellationToken.None);
            foreach (var (_, markdown) in chunk.Skip(1))
                await writer.AddReplyAsync(thread.Id, markdown, ContentWarningSet.None, NewAuthor(), CancellationToken.None);
            _threadUrls.Add($"/t/{thread.Id}/{thread.Slug}");
        }
    }

    [Test]
    public async Task Nothing_runs_or_leaks_on_the_thread_pages()
    {
        Payloads.Count.ShouldBeGreaterThanOrEqualTo(150);
        var (page, incidents) = await WatchedPageAsync();
        var bodies = 0;
        foreach (var url in _threadUrls)
        {
            await page.GotoAsync(url);
            bodies += await CheckPostBodiesAsync(page, url, incidents);
        }
        bodies.ShouldBe(Payloads.Count);
        incidents.ShouldBeEmpty();
    }

    [Test]
    public async Task Nothing_runs_or_leaks_in_the_preview()
    {
        var (page, incidents) = await WatchedPageAsync();
        await page.GotoAsync("/r/general/new");
        var previewed = 0;
        foreach (var (technique, markdown) in Payloads)
        {
            await page.GetByLabel("Title").FillAsync("Preview check");
            await page.GetByLabel("Your story").FillAsync(markdown);
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
            // A payload that is only whitespace is refused as empty; one carrying NUL is refused by ASP.NET
            // Core's form reader with the 400 page. Neither is previewed, and both are checked all the same.
            await page.Locator("#preview-heading, #body-error, .status-page").First.WaitForAsync();
            if (await page.Locator("#preview-heading").CountAsync() == 1) previewed++;
            await CheckPostBodiesAsync(page, $"preview of {technique}: {markdown}", incidents);
            if (await page.Locator(".status-page").CountAsync() == 1) await page.GotoAsync("/r/general/new");
        }
        incidents.ShouldBeEmpty();
        previewed.ShouldBeGreaterThanOrEqualTo(Payloads.Count - 10);
    }

    private async Task<(IPage Page, List<string> Incidents)> WatchedPageAsync()
    {
        var page = await NewPageAsync();
        var incidents = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            incidents.Add($"dialog: {dialog.Message} on {page.Url}");
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(BaseAddress, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                incidents.Add($"request to another site: {request.Url}");
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (!frame.Url.StartsWith(BaseAddress, StringComparison.Ordinal) && frame.Url != "about:blank")
                incidents.Add($"navigation to {frame.Url}");
        };
        return (page, incidents);
    }

    private static async Task<int> CheckPostBodiesAsync(IPage page, string where, List<string> incidents)
    {
        if (await page.EvaluateAsync<bool>("() => window.__pwned !== undefined || document.title.includes('pwned')"))
            incidents.Add($"a payload set a flag on {where}");
        var bodies = await page.Locator(".post-body").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.innerHTML)");
        foreach (var html in bodies)
            incidents.AddRange(PostHtmlPolicy.Violations(html).Select(v => $"{where}: {v}"));
        return bodies.Length;
    }
}
