using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

/// <summary>
/// Drafts kept on a shared device belong to the name that typed them: never offered to another name, gone when that
/// name is burned, and gone after a week whatever happens.
/// </summary>
public sealed class DraftOwnershipBrowserTests : BrowserTest
{
    private const string Drafts = "() => Object.keys(localStorage).filter(k => k.startsWith('forum-draft:')).length";

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..6]}";

    private static async Task MakeNameAsync(IPage page, string name)
    {
        await page.GotoAsync("/me/new");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make it" }).ClickAsync();
        await page.Locator("[data-recovery-key]").WaitForAsync();
    }

    private static async Task TypeDraftAsync(IPage page, string room, string words)
    {
        await page.GotoAsync($"/r/{room}/new");
        await page.GetByLabel("Your story").PressSequentiallyAsync(words);
        await page.GetByLabel("Your story").PressAsync("Tab");
        await page.WaitForFunctionAsync($"() => Object.values(localStorage).some(v => v.includes('{words}'))");
    }

    [Test]
    public async Task A_draft_is_offered_only_to_its_name_goes_when_the_name_is_burned_and_after_a_week()
    {
        var page = await NewPageAsync();
        var first = Unique("Draft Owner A")[..20];
        var second = Unique("Draft Owner B")[..20];
        await MakeNameAsync(page, first);
        await TypeDraftAsync(page, "loneliness", "Words the first name typed");

        await MakeNameAsync(page, second);
        await page.GotoAsync("/r/loneliness/new");
        await Expect(page.Locator(ComposerForm.WritingAs)).ToHaveTextAsync(second);
        (await page.Locator(".draft-offer").CountAsync()).ShouldBe(0, "another name is not offered the first name's words");
        (await page.EvaluateAsync<int>(Drafts)).ShouldBe(1, "nor are they overwritten: they are still the first name's");

        await page.GotoAsync("/me");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Burn {first}…" }).ClickAsync();
        await page.GetByLabel("Remove all its posts.", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("I understand that this can't be undone.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Burn {first}" }).ClickAsync();
        await Expect(page.Locator(".notice-line")).ToContainTextAsync($"{first} is gone");
        (await page.EvaluateAsync<int>(Drafts)).ShouldBe(0, "the burned name's drafts went with it");

        await TypeDraftAsync(page, "anxiety", "Words the second name typed");
        await page.GotoAsync("/r/anxiety/new");
        await Expect(page.Locator(".draft-offer")).ToContainTextAsync("kept on this device");
        await page.EvaluateAsync("() => { for (const k of Object.keys(localStorage).filter(k => k.startsWith('forum-draft:'))) { const d = JSON.parse(localStorage.getItem(k)); d.at = Date.now() - 8 * 24 * 3600 * 1000; localStorage.setItem(k, JSON.stringify(d)); } }");
        await page.GotoAsync("/r/anxiety/new");
        (await page.Locator(".draft-offer").CountAsync()).ShouldBe(0, "a draft older than a week is not offered");
        (await page.EvaluateAsync<int>(Drafts)).ShouldBe(0, "and is not kept either");
    }
}
