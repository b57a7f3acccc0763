using Microsoft.AspNetCore.Hosting;
using Forum.Data;
using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

public sealed class SearchTests : WebTest
{
    /// <summary>A made-up word no other test or seed uses, so each test's results are its own.</summary>
    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(10).Select(c => (char)(c - 'a' + 'k')));

    private async Task<long> ReplyAsync(StoryRef story, string body)
    {
        var response = await NewVisitor().SubmitAsync(story, Links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> SearchAsync(string query)
    {
        var response = await Factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.ParseAsync();
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".search-results a.thread-title").Select(a => a.TextContent).ToList();

    [Test]
    public async Task A_phrase_in_a_reply_finds_its_thread_and_a_title_match_ranks_above_a_body_match()
    {
        var word = Word();
        var withReply = await PostStoryAsync(NewVisitor(), Unique("Evenings are the hardest"));
        var replyId = await ReplyAsync(withReply, $"What helped me was the {word} walking group on Sundays, honestly.");
        var scattered = await PostStoryAsync(NewVisitor(), Unique("Sundays"), $"Walking alone. Another thing: {word}. Also a group I left.");
        var inTitle = await PostStoryAsync(NewVisitor(), Unique($"The {word} walking group"), "It started small.");

        var page = await SearchAsync($"\"{word} walking group\"");

        var titles = Titles(page);
        titles.Count.ShouldBe(2);
        titles[0].ShouldStartWith($"The {word} walking group");
        titles[1].ShouldStartWith("Evenings are the hardest");
        var second = page.QuerySelectorAll(".search-results li")[1];
        second.QuerySelector(".snippet a")!.GetAttribute("href").ShouldBe($"/t/{withReply.Id}/{withReply.Slug}#reply-{replyId}");
        second.QuerySelectorAll(".snippet mark").Select(m => m.TextContent).ShouldContain(word);
        _ = scattered;
        _ = inTitle;
    }

    [Test]
    public async Task A_minus_word_leaves_out_the_posts_that_have_it_and_or_widens()
    {
        var word = Word();
        var other = Word();
        await PostStoryAsync(NewVisitor(), Unique("Work stress"), $"The {word} meeting made my chest tight.");
        await PostStoryAsync(NewVisitor(), Unique("Family stress"), $"The {word} dinner, and {other} again.");

        Titles(await SearchAsync($"{word} -{other}")).ShouldHaveSingleItem().ShouldStartWith("Work stress");
        Titles(await SearchAsync(word)).Count.ShouldBe(2);
        Titles(await SearchAsync($"{other} or nothingmatcheszz")).ShouldHaveSingleItem().ShouldStartWith("Family stress");
    }

    [Test]
    public async Task A_minus_word_leaves_out_its_posts_however_their_words_were_read()
    {
        // "attacks" is read as "attack" in English and as itself with the simple rules; a post read in English must
        // not come back through the simple reading of the excluded word.
        var word = Word();
        await PostStoryAsync(NewVisitor(), Unique("Night shift"), $"The {word} shift and a long walk home.");
        await PostStoryAsync(NewVisitor(), Unique("Bad nights"), $"The {word} nights bring the panic attacks back.");

        Titles(await SearchAsync($"{word} -attacks")).ShouldHaveSingleItem().ShouldStartWith("Night shift");
        Titles(await SearchAsync($"{word} -\"panic attacks\"")).ShouldHaveSingleItem().ShouldStartWith("Night shift");
        Titles(await SearchAsync($"{word} -attack")).ShouldHaveSingleItem().ShouldStartWith("Night shift");
    }

    [Test]
    public async Task Removed_replies_and_removed_stories_vanish_from_results()
    {
        var word = Word();
        var story = await PostStoryAsync(NewVisitor(), Unique("Kept story"), "Nothing special here.");
        var replyId = await ReplyAsync(story, $"A reply about {word} that a moderator removes.");
        var removedStory = await PostStoryAsync(NewVisitor(), Unique("Removed story"), $"This mentions {word} too.");
        Titles(await SearchAsync(word)).Count.ShouldBe(2);

        await ExecuteSqlAsync($"UPDATE replies SET removed_at = now() WHERE id = {replyId}");
        await ExecuteSqlAsync($"UPDATE threads SET removed_at = now() WHERE id = {removedStory.Id}");

        var page = await SearchAsync(word);
        Titles(page).ShouldBeEmpty();
        page.QuerySelector(".empty")!.TextContent.ShouldContain("Nothing matched those words yet");
    }

    [Test]
    public async Task A_reply_in_a_removed_story_vanishes_with_it()
    {
        var word = Word();
        var story = await PostStoryAsync(NewVisitor(), Unique("Story that goes"), "Plain words.");
        await ReplyAsync(story, $"Still here: {word}.");
        Titles(await SearchAsync(word)).ShouldHaveSingleItem();

        await ExecuteSqlAsync($"UPDATE threads SET removed_at = now() WHERE id = {story.Id}");

        Titles(await SearchAsync(word)).ShouldBeEmpty();
    }

    [Test]
    public async Task A_snippet_keeps_punctuation_against_the_word_it_follows()
    {
        var word = Word();
        await PostStoryAsync(NewVisitor(), Unique("Punctuation"), $"I stopped {word}. It was the hardest month, {word}, and the best.");

        var snippet = (await SearchAsync(word)).QuerySelector(".search-results .snippet")!.TextContent;

        snippet.ShouldContain($"{word}. It was");
        snippet.ShouldContain($"month, {word}, and");
    }

    [Test]
    public async Task A_snippet_of_a_post_full_of_markup_comes_back_as_text()
    {
        var word = Word();
        await PostStoryAsync(NewVisitor(), Unique("Markup"),
            $"<script>alert('x')</script> <img src=x onerror=alert(1)> {word} <b>bold</b> \uE000fake\uE001 mark");

        var response = await Factory.CreateClient().GetAsync("/search?q=" + word);
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ParseAsync();

        var snippet = page.QuerySelector(".search-results .snippet")!;
        snippet.QuerySelector("script").ShouldBeNull();
        snippet.QuerySelector("img").ShouldBeNull();
        snippet.QuerySelector("b").ShouldBeNull();
        snippet.QuerySelectorAll("mark").Select(m => m.TextContent).ShouldBe([word]);
        snippet.QuerySelector("[onerror]").ShouldBeNull();
        snippet.TextContent.ShouldContain("onerror=alert(1)");
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("\uE000");
    }

    [Test]
    public async Task The_room_filter_keeps_results_to_one_room()
    {
        var word = Word();
        await PostStoryAsync(NewVisitor(), Unique("In anxiety"), $"About {word}.", room: "anxiety");
        await PostStoryAsync(NewVisitor(), Unique("In grief"), $"About {word}.", room: "grief-loss");

        var page = await Factory.CreateClient().GetDocumentAsync($"/search?q={word}&room=grief-loss");

        Titles(page).ShouldHaveSingleItem().ShouldStartWith("In grief");
        page.QuerySelector("#room option[selected]")!.GetAttribute("value").ShouldBe("grief-loss");
        Titles(await Factory.CreateClient().GetDocumentAsync($"/search?q={word}&room=no-such-room")).Count.ShouldBe(2);
    }

    [Test]
    public async Task Results_come_in_pages_of_twenty()
    {
        var word = Word();
        for (var i = 0; i < 21; i++)
            await PostStoryAsync(NewVisitor(), Unique($"Story {i}"), $"Day {i} of {word}.");

        var first = await SearchAsync(word);
        Titles(first).Count.ShouldBe(20);
        var next = first.QuerySelector(StoryPage.NextPage)!.GetAttribute("href")!;
        next.ShouldBe($"/search?q={word}&page=2");

        var second = await Factory.CreateClient().GetDocumentAsync(next);
        Titles(second).ShouldHaveSingleItem();
        second.QuerySelector(StoryPage.NextPage).ShouldBeNull();
        Titles(first).Concat(Titles(second)).Distinct().Count().ShouldBe(21);
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_search_invites_words_kindly(string query)
    {
        var page = await SearchAsync(query);
        page.QuerySelector(".empty")!.TextContent.ShouldContain("Type a few words above");
        page.QuerySelector("input#q").ShouldNotBeNull();
    }

    [TestCase("the")]
    [TestCase("!!!")]
    [TestCase("-")]
    [TestCase("\"\"")]
    [TestCase("or or or")]
    [TestCase("&|!:*()")]
    public async Task Words_too_common_or_no_words_at_all_get_a_kind_note(string query)
    {
        var page = await SearchAsync(query);
        page.QuerySelector(".empty")!.TextContent.ShouldContain("too common to search for");
    }

    [TestCase("'); DROP TABLE threads; --")]
    [TestCase("<script>alert(1)</script>")]
    [TestCase("a:* & b | !c <-> d")]
    [TestCase("\"unclosed phrase")]
    [TestCase("\u0000\uE000\uE001\ud800")]
    [TestCase("\u202e\u200b emoji 🙂 中文")]
    public async Task Hostile_queries_are_searched_as_plain_words(string query)
    {
        var response = await Factory.CreateClient().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelector("script:not([src])").ShouldBeNull();
        page.QuerySelector("h1")!.TextContent.ShouldBe("Search stories and replies");
    }

    [Test]
    public async Task An_oversized_query_is_a_kind_bad_request()
    {
        var response = await Factory.CreateClient().GetAsync("/search?q=" + new string('a', 5_000));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("up to 200 characters");
        page.QuerySelector("input#q")!.GetAttribute("value")!.Length.ShouldBe(200);
    }

    [TestCase("0")]
    [TestCase("11")]
    [TestCase("-1")]
    [TestCase("abc")]
    [TestCase("99999999999999999999")]
    public async Task A_page_out_of_range_is_a_kind_bad_request(string page)
    {
        var response = await Factory.CreateClient().GetAsync("/search?q=sleep&page=" + page);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector("[role=alert]")!.TextContent.ShouldContain("up to page 10");
    }

    /// <summary>
    /// A window ranks the newest N matching stories and N matching replies (3 here, 1,000 by default); when either
    /// kind fills it, the page links to the older ones, so no match is out of reach.
    /// </summary>
    [Test]
    public async Task A_full_window_links_to_the_older_matches_and_every_match_is_reachable()
    {
        await using var small = Factory.WithWebHostBuilder(host => host.UseSetting("Search:MatchesRanked", "3"));
        var reader = small.CreateClient();
        var word = Word();
        var stories = new List<StoryRef>();
        for (var i = 1; i <= 4; i++)
            stories.Add(await PostStoryAsync(NewVisitor(), Unique($"Story {i}"), $"Day {i} of {word}."));
        var elsewhere = await PostStoryAsync(NewVisitor(), Unique("Where it comes up in replies"));
        var replies = new List<long>();
        for (var i = 1; i <= 4; i++)
            replies.Add(await ReplyAsync(elsewhere, $"Reply {i}: {word} again."));

        var newest = await reader.GetDocumentAsync("/search?q=" + word);
        Titles(newest).Count.ShouldBe(4);
        Titles(newest).ShouldNotContain(t => t.StartsWith("Story 1"));
        MatchingPosts(newest, "Where it comes up").ShouldBe("3 matching posts");
        newest.QuerySelector(".search-window")!.TextContent.ShouldContain("newest 3 stories and 3 replies");
        var older = newest.QuerySelector(".search-window a.older")!.GetAttribute("href")!;
        older.ShouldBe($"/search?q={word}&before={stories[1].Id}-{replies[1]}");

        var next = await reader.GetDocumentAsync(older);
        Titles(next).Count.ShouldBe(2);
        Titles(next).ShouldContain(t => t.StartsWith("Story 1"));
        MatchingPosts(next, "Where it comes up").ShouldBe("1 matching post");
        next.QuerySelector(".search-window a.older").ShouldBeNull();
        next.QuerySelector(".search-window a")!.GetAttribute("href").ShouldBe($"/search?q={word}");
        Titles(newest).Concat(Titles(next)).Distinct().Count().ShouldBe(5);
    }

    private static string MatchingPosts(AngleSharp.Html.Dom.IHtmlDocument page, string titleStart) =>
        page.QuerySelectorAll(".search-results li").Single(li => li.QuerySelector("a.thread-title")!.TextContent.StartsWith(titleStart))
            .QuerySelector(".meta")!.TextContent.Split('·')[1].Trim();

    [Test]
    public async Task A_window_older_than_every_match_says_so_kindly()
    {
        var word = Word();
        await PostStoryAsync(NewVisitor(), Unique("Only recent"), $"A {word} evening.");

        var page = await Factory.CreateClient().GetDocumentAsync($"/search?q={word}&before=1-1");

        Titles(page).ShouldBeEmpty();
        page.QuerySelector(".empty")!.TextContent.ShouldContain("Nothing older matched those words.");
        page.QuerySelector(".search-window a")!.GetAttribute("href").ShouldBe($"/search?q={word}");
    }

    [TestCase("abc")]
    [TestCase("1-2-3")]
    [TestCase("-1-5")]
    [TestCase("0-0")]
    [TestCase("1-")]
    [TestCase("99999999999999999999-1")]
    public async Task A_damaged_link_to_older_results_is_a_kind_bad_request(string before)
    {
        var response = await Factory.CreateClient().GetAsync("/search?q=sleep&before=" + Uri.EscapeDataString(before));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.ParseAsync();
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("link to older results didn't come through whole");
        page.QuerySelector("input#q")!.GetAttribute("value").ShouldBe("sleep");
    }

    [Test]
    public async Task Every_page_links_to_search_from_its_header()
    {
        var page = await Factory.CreateClient().GetDocumentAsync("/");
        page.QuerySelector("header nav a[href='/search']").ShouldNotBeNull();
    }
}
