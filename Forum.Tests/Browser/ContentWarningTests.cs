using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Browser;

public sealed class ContentWarningTests : BrowserTest
{
    private async Task<string> WriteWarnedStoryAsync(string title)
    {
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/addiction-recovery/new");
        await writer.GetByLabel("Title").FillAsync(title);
        await writer.GetByLabel("Your story").FillAsync("Eleven months, and then one evening I bought a bottle on the way home.");
        await writer.GetByLabel("Relapse").CheckAsync();
        await writer.GetByLabel("Substance use in detail").CheckAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        (await writer.GetByLabel("Relapse").IsCheckedAsync()).ShouldBeTrue("the preview keeps the ticks");
        await ScreenshotAsync(writer, "content-warning-composer");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));
        return writer.Url;
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_warned_story_is_folded_until_the_reader_opens_it(bool javaScript)
    {
        var url = await WriteWarnedStoryAsync($"Eleven months {(javaScript ? "with" : "without")} script");

        var reader = await NewPageAsync(javaScript);
        await reader.GotoAsync(url);
        var fold = reader.Locator(StoryPage.StoryWarning);
        (await fold.Locator("summary").TextContentAsync())!.ShouldContain("Substance use in detail, Relapse");
        (await fold.Locator(".post-body").IsVisibleAsync()).ShouldBeFalse("the story is folded");
        await ScreenshotAsync(reader, javaScript ? "content-warning-folded" : "content-warning-folded-no-js");

        await fold.Locator("summary").ClickAsync();
        (await fold.Locator(".post-body").IsVisibleAsync()).ShouldBeTrue("the reader opened it");
        (await fold.Locator(".post-body").TextContentAsync())!.ShouldContain("bought a bottle");
        await ScreenshotAsync(reader, javaScript ? "content-warning-opened" : "content-warning-opened-no-js");

        await reader.GotoAsync("/r/addiction-recovery");
        (await reader.Locator(".thread-list li", new() { HasText = "Eleven months" }).First.Locator(".warning-tag").AllTextContentsAsync())
            .ShouldBe(["Substance use in detail", "Relapse"]);
    }

    [Test]
    public async Task A_readers_choice_to_see_a_kind_unfolded_lasts_across_visits()
    {
        var url = await WriteWarnedStoryAsync("Twelve months, almost");
        var reader = await NewPageAsync(javaScript: false);
        await reader.GotoAsync("/preferences");
        await reader.GetByRole(AriaRole.Group, new() { Name = "Relapse" }).GetByLabel("Always show").CheckAsync();
        await reader.GetByRole(AriaRole.Group, new() { Name = "Substance use in detail" }).GetByLabel("Always show").CheckAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        (await reader.Locator("[role=status]:not([hidden])").TextContentAsync())!.ShouldContain("Saved");
        await ScreenshotAsync(reader, "content-warning-preferences");

        // A new page in the same browser, as on another day: the cookie carries the choice.
        var later = await reader.Context.NewPageAsync();
        await later.GotoAsync(url);
        (await later.Locator(StoryPage.StoryWarning).GetAttributeAsync("open")).ShouldNotBeNull();
        (await later.Locator(StoryPage.StoryBody).IsVisibleAsync()).ShouldBeTrue();

        var stranger = await NewPageAsync(javaScript: false);
        await stranger.GotoAsync(url);
        (await stranger.Locator(StoryPage.StoryBody).IsVisibleAsync()).ShouldBeFalse("another browser keeps the default fold");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task A_warned_posts_search_result_on_a_phone_shows_the_warning_and_hides_the_words_until_opened(bool javaScript)
    {
        var word = "zqsearch" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(8));
        var writer = await NewPageAsync();
        await writer.GotoAsync("/r/depression/new");
        // Words the risk detector reads as ordinary whatever the random word: "a letter to my sister I never sent" sat
        // on its threshold, and the random word tipped it into a pause now and then.
        await writer.GetByLabel("Title").FillAsync($"The poem I wrote {word}");
        await writer.GetByLabel("Your story").FillAsync($"Last winter I wrote a {word} poem about the sea and read it at a meeting.");
        await writer.GetByLabel("Suicide").CheckAsync();
        await writer.GetByRole(AriaRole.Button, new() { Name = "Post your story" }).ClickAsync();
        await writer.WaitForURLAsync(new Regex("/t/\\d+/"));

        var reader = await NewPageAsync(javaScript);
        await reader.SetViewportSizeAsync(390, 844);
        await reader.GotoAsync("/search?q=" + word);
        var result = reader.Locator(".search-results > li").First;
        (await result.Locator("a.thread-title").TextContentAsync())!.ShouldContain(word, customMessage: "the post is still found");
        (await result.Locator(".warning-tag").AllTextContentsAsync()).ShouldBe(["Suicide"]);
        var fold = result.Locator("details.warned");
        (await fold.Locator("summary").TextContentAsync())!.ShouldContain("Suicide");
        (await fold.Locator(".snippet").IsVisibleAsync()).ShouldBeFalse("the words are folded");
        (await reader.GetByText("about the sea").IsVisibleAsync()).ShouldBeFalse();
        (await reader.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(390);
        await ScreenshotAsync(reader, javaScript ? "phone-390-search-warned-folded" : "phone-390-search-warned-folded-no-js");

        await fold.Locator("summary").ClickAsync();
        (await fold.Locator(".snippet").IsVisibleAsync()).ShouldBeTrue("the reader opened it");
        (await fold.Locator(".snippet mark").AllTextContentsAsync()).ShouldContain(word);
        await ScreenshotAsync(reader, javaScript ? "phone-390-search-warned-opened" : "phone-390-search-warned-opened-no-js");
    }
}
