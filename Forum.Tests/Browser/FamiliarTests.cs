using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Forum.Tests.Browser;

public sealed class FamiliarTests : BrowserTest
{
    private async Task<string> WriteStoryAsync(string title)
    {
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/addiction-recovery/new");
        await writer.GetByLabel("Title").FillAsync(title);
        await writer.GetByLabel("Your story").FillAsync("Ninety days today. I didn't think I'd get here.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));
        return new Uri(writer.Url).PathAndQuery;
    }

    private static ILocator StoryButton(IPage page) =>
        page.Locator("#story").GetByRole(AriaRole.Button, new() { Name = "This feels familiar" });

    [Test]
    public async Task Without_javascript_the_link_opens_the_form_which_posts_and_comes_back_to_the_story_pressed()
    {
        var url = await WriteStoryAsync("Ninety days without a drink");
        var reader = await NewPageAsync(javaScript: false);
        await reader.GotoAsync(url);
        await Expect(reader.Locator("[data-familiar-note]")).ToContainTextAsync("gives you a random name");

        // The page kept for every reader carries no token: without JavaScript the button is a link to the page made
        // for this reader, where the real button is.
        await reader.Locator("#story").GetByRole(AriaRole.Link, new() { Name = "This feels familiar" }).ClickAsync();
        await reader.WaitForURLAsync(new Regex("write=1#story$"));
        await StoryButton(reader).ClickAsync();

        await reader.WaitForURLAsync(new Regex("/t/\\d+/[^?]*#story$"));
        await Expect(StoryButton(reader)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(reader.Locator("#story [data-familiar-count]")).ToHaveTextAsync("1 person found this familiar");
        await Expect(reader.Locator("[data-familiar-note]")).ToContainTextAsync("a random name we made for you");
        await ScreenshotAsync(reader, "familiar-without-javascript");

        await StoryButton(reader).ClickAsync();
        await Expect(StoryButton(reader)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(reader.Locator("#story [data-familiar-count]")).ToHaveTextAsync("");
    }

    [Test]
    public async Task With_javascript_the_count_and_the_button_change_in_place_and_the_change_is_announced()
    {
        var url = await WriteStoryAsync("The first clear morning");
        var reader = await NewPageAsync();
        await reader.GotoAsync(url);
        var navigations = 0;
        reader.FrameNavigated += (_, frame) => { if (frame == reader.MainFrame) navigations++; };

        await StoryButton(reader).ClickAsync();

        await Expect(StoryButton(reader)).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(reader.Locator("#story [data-familiar-count]")).ToHaveTextAsync("1 person found this familiar");
        await Expect(reader.Locator("[data-familiar-status]")).ToContainTextAsync("You're the first to find this familiar");
        await Expect(reader.Locator("[data-familiar-note]")).ToContainTextAsync("a random name we made for you");
        (await reader.Context.CookiesAsync()).ShouldContain(c => c.Name == "forum_pseudonym");
        await Expect(reader.Locator(".composer .identity-note")).ToContainTextAsync("You'll post as");
        await ScreenshotAsync(reader, "familiar-in-place");

        await StoryButton(reader).ClickAsync();

        await Expect(StoryButton(reader)).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(reader.Locator("#story [data-familiar-count]")).ToHaveTextAsync("");
        await Expect(reader.Locator("[data-familiar-status]")).ToHaveTextAsync("Taken back.");
        navigations.ShouldBe(0);
        new Uri(reader.Url).PathAndQuery.ShouldBe(url);

        // What the script showed is what the server kept.
        await reader.ReloadAsync();
        await Expect(StoryButton(reader)).ToHaveAttributeAsync("aria-pressed", "false");
    }
}
