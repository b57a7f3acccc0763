using System.Xml.Linq;
using AngleSharp.Dom;

namespace Forum.Tests.Web;

/// <summary>
/// A warned post's words are folded wherever they could be read, not only on its story page: search results and
/// their snippets, /waiting, the inbox on /me, and the Atom feeds show its warnings first. A reader's choice to see
/// a kind opens it on the pages made for them; a feed has no reader to choose, so it never carries the words.
/// </summary>
public sealed class WarningsEverywhereTests : WebTest
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A made-up word no other test or seed uses, so each test's search results are its own.</summary>
    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(10).Select(c => (char)(c - 'a' + 'k')));

    private async Task<StoryRef> WarnedStoryAsync(HttpClient writer, string title, string body, params string[] warnings)
    {
        var response = await writer.SubmitAsync(Links.NewStory("addiction-recovery"), Links.RoomStories("addiction-recovery"),
            [("Title", title), ("Body", body), .. warnings.Select(w => ("Warnings", w))]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return StoryRef.FromLocation(response.Headers.Location!.OriginalString);
    }

    private async Task<long> ReplyAsync(HttpClient writer, StoryRef story, string body, params string[] warnings)
    {
        var response = await writer.SubmitAsync(story, Links.Replies(story.Id), [("Body", body), .. warnings.Select(w => ("Warnings", w))]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    /// <summary>A reader who chose, on /preferences, to see these kinds without a fold.</summary>
    private async Task<HttpClient> ReaderOpeningAsync(params string[] kinds)
    {
        var reader = NewVisitor();
        if (kinds.Length == 0) return reader;
        var saved = await reader.SubmitAsync("/preferences", "/preferences", kinds.Select(k => (k, "show")));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return reader;
    }

    private static async Task<IElement> SearchResultAsync(HttpClient reader, string word, string title)
    {
        var page = await reader.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(word));
        return page.QuerySelectorAll(".search-results > li").SingleOrDefault(li => li.QuerySelector("a.thread-title")!.TextContent == title)
               ?? throw new AssertionException($"\"{title}\" is not among the results for {word}: the match must stay findable.");
    }

    private static IReadOnlyList<string> Tags(IElement item) => item.QuerySelectorAll(".warning-tag").Select(t => t.TextContent).ToList();

    /// <summary>Every copy of the words in the element sits inside a fold that is closed.</summary>
    private static void WordsAreFolded(IElement item, string words, string warnings)
    {
        item.TextContent.ShouldContain(words, customMessage: "the words are still there to open");
        var fold = item.QuerySelector("details.warned").ShouldNotBeNull("the words sit behind the warning");
        fold.HasAttribute("open").ShouldBeFalse("folded until the reader opens it");
        fold.QuerySelector("summary")!.TextContent.ShouldContain(warnings);
        fold.QuerySelector("summary")!.TextContent.ShouldNotContain(words);
        Outside(item).ShouldNotContain(words);
    }

    private static void WordsAreOpen(IElement item, string words)
    {
        var fold = item.QuerySelector("details.warned").ShouldNotBeNull("still marked as warned");
        fold.HasAttribute("open").ShouldBeTrue("the reader chose to see this kind");
        fold.TextContent.ShouldContain(words);
    }

    /// <summary>The element's text without the fold's.</summary>
    private static string Outside(IElement item)
    {
        var copy = (IElement)item.Clone();
        copy.QuerySelector("details.warned")!.Remove();
        return copy.TextContent;
    }

    [Test]
    public async Task A_warned_storys_search_result_shows_its_warning_and_folds_its_snippet()
    {
        var word = Word();
        var title = Unique("After the hospital");
        var words = $"the night I {word} and wrote the letter";
        await WarnedStoryAsync(NewVisitor(), title, $"I never told anyone about {words}.", "suicide");

        var item = await SearchResultAsync(NewVisitor(), word, title);
        Tags(item).ShouldBe(["Suicide"]);
        WordsAreFolded(item, word, "Suicide");

        var opened = await SearchResultAsync(await ReaderOpeningAsync("suicide"), word, title);
        Tags(opened).ShouldBe(["Suicide"]);
        WordsAreOpen(opened, word);
        opened.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ShouldContain(word);
    }

    [Test]
    public async Task A_warned_replys_snippet_is_folded_until_the_reader_opens_every_kind_it_warns_of()
    {
        var word = Word();
        var title = Unique("Struggling this week");
        var story = await PostStoryAsync(NewVisitor(), title, "Nothing in particular, just heavy.");
        await ReplyAsync(NewVisitor(), story, $"When I was there the {word} cuts were the worst of it.", "self-harm", "suicide");

        var item = await SearchResultAsync(NewVisitor(), word, title);
        Tags(item).ShouldBeEmpty("the story itself carries no warning");
        WordsAreFolded(item, word, "Suicide, Self-harm");

        WordsAreFolded(await SearchResultAsync(await ReaderOpeningAsync("self-harm"), word, title), word, "Suicide, Self-harm");
        WordsAreOpen(await SearchResultAsync(await ReaderOpeningAsync("self-harm", "suicide"), word, title), word);
    }

    [Test]
    public async Task An_unwarned_snippet_is_not_folded()
    {
        var word = Word();
        var title = Unique("A good Sunday");
        await PostStoryAsync(NewVisitor(), title, $"We walked to the {word} lake and back.");

        var item = await SearchResultAsync(NewVisitor(), word, title);
        item.QuerySelector("details").ShouldBeNull();
        item.QuerySelector(".snippet mark")!.TextContent.ShouldBe(word);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Waiting_shows_a_warned_storys_warnings_and_never_its_words(bool opened)
    {
        var title = Unique("Nobody to tell");
        var words = "Secret words " + Guid.NewGuid().ToString("N");
        await WarnedStoryAsync(NewVisitor(), title, words, "suicide");
        var reader = await ReaderOpeningAsync(opened ? ["suicide"] : []);

        string? url = Links.Waiting();
        IElement? item = null;
        while (url is not null && item is null)
        {
            var page = await reader.GetDocumentAsync(url);
            page.Body!.TextContent.ShouldNotContain(words);
            item = page.QuerySelectorAll(".thread-list li").FirstOrDefault(li => li.TextContent.Contains(title));
            url = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        Tags(item.ShouldNotBeNull()).ShouldBe(["Suicide"]);
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task The_inbox_shows_a_warned_replys_warnings_and_never_its_words(bool opened)
    {
        var owner = await ReaderOpeningAsync(opened ? ["suicide"] : []);
        var story = await PostStoryAsync(owner, Unique("Three days in"));
        var words = "Secret words " + Guid.NewGuid().ToString("N");
        var replyId = await ReplyAsync(NewVisitor(), story, words, "suicide");

        var page = await owner.GetDocumentAsync("/me");
        var item = page.QuerySelectorAll("#inbox ul.inbox li").Single(li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith($"#reply-{replyId}"));
        Tags(item).ShouldBe(["Suicide"]);
        page.Body!.TextContent.ShouldNotContain(words);
    }

    [Test]
    public async Task The_inbox_shows_the_warnings_of_a_followed_warned_story_beside_an_unwarned_reply()
    {
        var story = await WarnedStoryAsync(NewVisitor(), Unique("The weekend"), "Words I folded.", "relapse");
        var follower = NewVisitor();
        await ReplyAsync(follower, story, "I'm here, and I read all of it.");
        var replyId = await ReplyAsync(NewVisitor(), story, "Me too.");

        var item = (await follower.GetDocumentAsync("/me")).QuerySelectorAll("#inbox ul.inbox li")
            .Single(li => li.QuerySelector("a")!.GetAttribute("href")!.EndsWith($"#reply-{replyId}"));
        Tags(item).ShouldBe(["Relapse"]);
    }

    private async Task<XElement> FeedAsync(HttpClient reader, string url)
    {
        var response = await reader.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Both_feeds_replace_a_warned_storys_words_with_its_warnings(bool opened)
    {
        var title = Unique("The bridge");
        var words = "Secret words " + Guid.NewGuid().ToString("N");
        var twoKinds = Unique("Two kinds");
        await WarnedStoryAsync(NewVisitor(), title, words, "suicide");
        await WarnedStoryAsync(NewVisitor(), twoKinds, words, "suicide", "self-harm");
        // A feed reader holds no preference; even a browser that chose to see Suicide gets the feed everyone gets.
        var reader = await ReaderOpeningAsync(opened ? ["suicide"] : []);

        foreach (var url in new[] { "/feed.atom", "/r/addiction-recovery/feed.atom" })
        {
            var feed = await FeedAsync(reader, url);
            feed.ToString().ShouldNotContain(words);
            var entry = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title);
            entry.Element(Atom + "content").ShouldBeNull();
            entry.Element(Atom + "summary")!.Value.ShouldBe("This post has a content warning: Suicide. Read it on the forum.");
            feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == twoKinds).Element(Atom + "summary")!.Value
                .ShouldBe("This post has content warnings: Suicide, Self-harm. Read it on the forum.");
        }
    }

    [Test]
    public async Task Both_feeds_carry_an_unwarned_story_but_never_a_warned_reply_under_it()
    {
        var title = Unique("One year today");
        var replyWords = "Secret words " + Guid.NewGuid().ToString("N");
        var story = await PostStoryAsync(NewVisitor(), title, "A year without a drink.", room: "addiction-recovery");
        await ReplyAsync(NewVisitor(), story, replyWords, "relapse");

        foreach (var url in new[] { "/feed.atom", "/r/addiction-recovery/feed.atom" })
        {
            var feed = await FeedAsync(NewVisitor(), url);
            feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title).Element(Atom + "content")!.Value.ShouldContain("A year without a drink.");
            feed.ToString().ShouldNotContain(replyWords);
        }
    }
}
