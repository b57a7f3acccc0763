using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using System.Net;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Forum.Domain.Reactions;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// The output cache for readers without a cookie (Caching/SharedPages). A kept page is recognised by a change made
/// in the database behind the app's back, which only a page built afresh can show.
/// </summary>
public sealed class PageCacheTests : ModerationWebTest
{
    protected override bool PageCache => true;

    private readonly StatementCounter _statements = new();

    [OneTimeSetUp]
    public void CountStatements() => Factory.Interceptors.Add(_statements);

    private Task RetitleBehindTheAppsBackAsync(long storyId, string title) =>
        WithDb(db => db.Stories.Where(t => t.Id == storyId).ExecuteUpdateAsync(set => set.SetProperty(t => t.Title, title)));

    private static async Task<string> TitleAsync(HttpClient reader, string page) =>
        (await reader.GetDocumentAsync(page)).QuerySelector(StoryPage.Title)!.TextContent;

    [Test]
    public async Task A_story_page_for_readers_without_a_cookie_is_kept_and_the_next_reader_gets_it_without_the_database()
    {
        var story = await StoryAsync("Kept for everyone");
        var title = await TitleAsync(NewVisitor(), story.Location);

        await RetitleBehindTheAppsBackAsync(story.StoryId, "Changed behind the app's back");
        _statements.Clear();
        var second = await NewVisitor().GetAsync(story.Location);

        _statements.Statements.ShouldBeEmpty("a kept page sends nothing to the database");
        (await second.ParseAsync()).QuerySelector(StoryPage.Title)!.TextContent.ShouldBe(title, "served from the cache, not the database");
        second.Headers.Age.ShouldNotBeNull("the output cache says how old its copy is");
        second.Headers.CacheControl!.ToString().ShouldBe($"public, max-age={Forum.Web.Caching.SharedPages.PublicMaxAgeSeconds}");
        second.Headers.Vary.ShouldContain("Cookie");
    }

    [Test]
    public void Kept_pages_take_at_most_32_MB_of_a_nodes_memory_not_the_frameworks_100()
    {
        var options = Factory.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;

        options.SizeLimit.ShouldBe(Forum.Web.Startup.CachingServices.DefaultSizeLimitMegabytes * 1024L * 1024);
        options.SizeLimit.ShouldBe(32L * 1024 * 1024);
    }

    [Test]
    public async Task Home_rooms_and_feeds_are_kept_too()
    {
        var story = await StoryAsync("Listed everywhere");
        var pages = new[] { Links.Home(), Links.Room("anxiety"), Links.Feed(), Links.RoomFeed("anxiety") };
        foreach (var page in pages) (await NewVisitor().GetAsync(page)).Headers.Age.ShouldBeNull(page);
        foreach (var page in pages) (await NewVisitor().GetAsync(page)).Headers.Age.ShouldNotBeNull(page);
        _ = story;
    }

    [Test]
    public async Task A_moderators_removal_disappears_from_the_kept_page_at_once()
    {
        var story = await StoryAsync("Removal reaches the cache");
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.ReplyRemoved(story.ReplyId)).ShouldBeNull();
        (await NewVisitor().GetAsync(story.Location)).Headers.Age.ShouldNotBeNull("kept before the removal");
        var moderator = await Factory.SignedInModeratorAsync();

        (await ModerateAsync(moderator, story.ReplyPage, Links.Mod.Remove(PostKind.Reply, story.ReplyId), "Harassment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await NewVisitor().GetDocumentAsync(story.Location);
        page.QuerySelector(StoryPage.ReplyRemoved(story.ReplyId)).ShouldNotBeNull("the very next reader sees the removal");
        page.QuerySelector(StoryPage.Reply(story.ReplyId))!.TextContent.ShouldNotContain("I hear you. Same here.");
    }

    [TestCase("forum_pseudonym", "not-a-real-key")]
    [TestCase("forum_warnings", "suicide")]
    [TestCase("forum_form", "anything")]
    [TestCase("forum_mod", "forged")]
    [TestCase("forum_discreet", "1")]
    public async Task A_reader_holding_any_forum_cookie_never_gets_a_kept_page(string cookie, string value)
    {
        var story = await StoryAsync("Not for cookie holders");
        await TitleAsync(NewVisitor(), story.Location);
        await RetitleBehindTheAppsBackAsync(story.StoryId, $"Fresh for {cookie}");
        var holder = NewVisitor();
        holder.DefaultRequestHeaders.Add("Cookie", $"{cookie}={value}");

        var response = await holder.GetAsync(story.Location);

        response.Headers.Age.ShouldBeNull();
        response.ShouldBePrivateAndUnstored();
        if (cookie != "forum_discreet") (await response.ParseAsync()).QuerySelector(StoryPage.Title)!.TextContent.ShouldBe($"Fresh for {cookie}");
    }

    [Test]
    public async Task A_kept_page_carries_no_token_and_sets_no_cookie_and_its_forms_say_where_to_fetch_them()
    {
        var story = await StoryAsync("Nothing personal in it");

        var response = await NewVisitor().GetAsync(story.Location);

        response.Headers.Contains("Set-Cookie").ShouldBeFalse(response.Headers.Contains("Set-Cookie") ? string.Join(" | ", response.Headers.GetValues("Set-Cookie")) : "");
        var page = await response.ParseAsync();
        page.QuerySelectorAll(ComposerForm.AntiforgeryToken).ShouldBeEmpty();
        page.QuerySelector("input[name=Submission]")!.GetAttribute("value").ShouldBe("", "one key shared by every reader would make their replies one");
        // The footer's choice of language needs no token: it is kept on the device, like the choice of country on /help.
        page.Forms.Where(f => f.Method == "post" && f.GetAttribute("action") != Links.Language()).ShouldAllBe(f => f.GetAttribute("data-token-source") == Links.FormToken());
        page.QuerySelector($"a[href='{Links.Story(story.StoryId, story.Location.Split('/')[3], fragment: "reply-heading", write: true)}']").ShouldNotBeNull("without JavaScript, a link to the page with a real form");
    }

    [Test]
    public async Task Without_javascript_the_write_page_is_made_for_the_reader_and_its_reply_form_posts()
    {
        var story = await StoryAsync("Replying without script");
        var reader = NewVisitor();
        var writePage = Links.Story(story.StoryId, story.Location.Split('/')[3], write: true);

        var response = await reader.GetAsync(writePage);

        response.ShouldBePrivateAndUnstored();
        (await response.ParseAsync()).QuerySelector($"form[action='{Links.Replies(story.StoryId)}'] {ComposerForm.AntiforgeryToken}").ShouldNotBeNull();
        var reply = await reader.SubmitAsync(writePage, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = "Posted without any script." });
        reply.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NewVisitor().GetStringAsync(story.Location)).ShouldContain("Posted without any script.", Case.Sensitive, "the reply evicted the kept page");
    }

    [Test]
    public async Task Two_readers_of_one_kept_page_who_reply_at_once_get_two_replies()
    {
        var story = await StoryAsync("Two readers, one copy");
        await NewVisitor().GetAsync(story.Location);
        var readers = new[] { NewVisitor(), NewVisitor() };

        var answers = await Task.WhenAll(readers.Select((reader, i) =>
            reader.SubmitAsync(story.Location, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = $"Reader {i} was here." })));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Redirect);
        (await WithDb(db => db.Replies.CountAsync(r => r.StoryId == story.StoryId))).ShouldBe(3, "each reader's fetched submission key is their own");
    }

    [TestCase("?x=1")]
    [TestCase("?after=0&utm_source=feed")]
    public async Task A_page_with_an_unknown_query_is_not_kept_so_junk_queries_cannot_fill_the_cache(string query)
    {
        var story = await StoryAsync("Junk queries");
        await NewVisitor().GetAsync(story.Location + query);
        await RetitleBehindTheAppsBackAsync(story.StoryId, "Fresh for junk");

        var response = await NewVisitor().GetAsync(story.Location + query);

        response.Headers.Age.ShouldBeNull();
        (await response.ParseAsync()).QuerySelector(StoryPage.Title)!.TextContent.ShouldBe("Fresh for junk");
    }

    [TestCase("<script>alert(1)</script>")]
    [TestCase("1%0d%0aSet-Cookie:%20x=1")]
    public async Task A_hostile_write_query_is_only_a_switch(string value)
    {
        var story = await StoryAsync("Hostile switch");

        var response = await NewVisitor().GetAsync($"{story.Location}?write={value}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldNotContain("<script>alert(1)</script>");
        response.Headers.Contains("x").ShouldBeFalse();
    }

    [Test]
    public async Task The_token_address_answers_only_get_and_a_shared_form_sent_without_a_token_is_refused()
    {
        var story = await StoryAsync("Tokens only by GET");
        var reader = NewVisitor();

        (await reader.PostAsync(Links.FormToken(), new FormUrlEncodedContent([]))).StatusCode.ShouldBeOneOf(HttpStatusCode.MethodNotAllowed, HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        var token = await reader.GetAsync(Links.FormToken());
        token.ShouldBePrivateAndUnstored();
        var refused = await NewVisitor().PostAsync(Links.Replies(story.StoryId),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Body"] = "No token at all", ["Submission"] = Guid.NewGuid().ToString() }));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
