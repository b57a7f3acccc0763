using Forum.Data.Reading;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;

namespace Forum.Tests.Web;

/// <summary>
/// Round trips per page (issues 16 and 32): a reader who holds a pseudonym gets a story's page and a room's pages
/// each in one statement, the header's "Writing as" line and unread count included; a reader without one too. Home
/// stays at its two statements plus the header's (one statement made it dearer: docs/BENCHMARKS.md).
/// Counted at EF Core's command interceptor, so a view or view component that starts querying again shows up here,
/// with the statements listed.
/// </summary>
public sealed class RoundTripTests : WebTest
{
    private readonly StatementCounter _counter = new();
    private HttpClient _writer = null!;
    private string _story = null!;

    [OneTimeSetUp]
    public async Task WriteAStoryWithReplies()
    {
        Factory.Interceptors.Add(_counter);
        _writer = NewVisitor();
        _story = await PostStoryAsync(_writer, Unique("Round trips"));
        var storyId = long.Parse(_story.Split('/')[2]);
        var replier = NewVisitor();
        for (var i = 0; i < 3; i++)
            await replier.SubmitAsync(_story, Links.Replies(storyId), new Dictionary<string, string> { ["Body"] = $"Me too, the {i}th time." });
    }

    private async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, IReadOnlyList<string> Statements)> CountedAsync(HttpClient visitor, string url)
    {
        _counter.Clear();
        var page = await visitor.GetDocumentAsync(url);
        return (page, _counter.Statements);
    }

    private static void OneStatement(IReadOnlyList<string> statements) =>
        statements.Count.ShouldBe(1, "the page and the header's names and counts in one round trip:\n" + string.Join("\n---\n", statements));

    private static void Statements(IReadOnlyList<string> statements, int count, string why) =>
        statements.Count.ShouldBe(count, why + ":\n" + string.Join("\n---\n", statements));

    private static bool Lists(AngleSharp.Html.Dom.IHtmlDocument page, string storyUrl) =>
        page.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == storyUrl);

    [Test]
    public async Task A_thread_page_for_a_pseudonym_holder_is_one_statement_with_the_unread_count()
    {
        var (page, statements) = await CountedAsync(_writer, _story);

        page.QuerySelectorAll(".reply").Length.ShouldBe(3);
        page.QuerySelector(".unread")!.TextContent.ShouldBe("3 new replies", "the header's count, read with the pseudonym");
        page.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
        OneStatement(statements);
    }

    [Test]
    public async Task A_later_page_of_replies_is_one_statement_too()
    {
        var story = StoryRef.FromLocation(_story);
        var (later, statements) = await CountedAsync(_writer, Links.Story(story.Id, story.Slug, after: "0"));

        later.QuerySelectorAll(".reply").Length.ShouldBe(3);
        OneStatement(statements);
    }

    [Test]
    public async Task A_cookie_naming_someone_elses_pseudonym_first_does_not_show_their_held_reply()
    {
        // The page is read for the first name in the cookie before its secret is checked: a wrong secret must send
        // the page back to be read again as who the browser really is, never shown as the name it claimed.
        var story = await PostStoryAsync(NewVisitor(), Unique("Held replies stay with their writer"));
        var writer = NewVisitor();
        await writer.SubmitAsync(story, Links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = "Held for a moderator to read first." });
        var reply = await InDatabaseAsync(db => Task.FromResult(db.Replies.Where(r => r.StoryId == story.Id).Select(r => new { r.AuthorId, r.Id }).Single()));
        await ExecuteSqlAsync($"UPDATE replies SET held_at = now() WHERE id = {reply.Id}");
        (await writer.GetDocumentAsync(story)).QuerySelectorAll(".reply").Length.ShouldBe(1, "its writer sees their held reply");

        var forger = Factory.CreateClient(new() { HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, story.Url);
        request.Headers.Add("Cookie", $"forum_pseudonym={reply.AuthorId:N}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        var response = await forger.SendAsync(request);

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var page = await response.ParseAsync();
        page.QuerySelectorAll(".reply").Length.ShouldBe(0);
        page.QuerySelector(ComposerForm.WritingAs).ShouldBeNull("a wrong secret holds no name");
    }

    [Test]
    public async Task A_notice_from_the_moderators_costs_no_statement_of_its_own()
    {
        var storyId = long.Parse(_story.Split('/')[2]);
        await InDatabaseAsync(async db =>
        {
            var writer = db.Stories.Where(t => t.Id == storyId).Select(t => t.AuthorId!.Value).Single();
            db.ModeratorNotices.Add(ModeratorNotice.Message(writer, "Counted with the pseudonym", "Canada", Factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        var (page, statements) = await CountedAsync(_writer, _story);

        page.QuerySelector(NoticeBanner.Body)!.TextContent.ShouldBe("Counted with the pseudonym");
        OneStatement(statements);
        await ExecuteSqlAsync("UPDATE moderator_notices SET read_at = now() WHERE read_at IS NULL");
    }

    [Test]
    public async Task The_home_page_for_a_pseudonym_holder_takes_the_rooms_the_latest_and_the_header()
    {
        var (page, statements) = await CountedAsync(_writer, Links.Home());

        page.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
        page.QuerySelector(".unread")!.TextContent.ShouldBe("3 new replies");
        Lists(page, _story).ShouldBeTrue("the latest stories are on it");
        Statements(statements, 3, "the rooms with their latest, the latest everywhere, and the header's names and counts");
    }

    [Test]
    public async Task A_room_page_and_a_later_page_of_it_are_one_statement_each()
    {
        var (first, firstStatements) = await CountedAsync(_writer, Links.Room("anxiety"));
        first.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
        first.QuerySelector(".unread")!.TextContent.ShouldBe("3 new replies");
        Lists(first, _story).ShouldBeTrue();
        OneStatement(firstStatements);

        var cursor = new ActivityCursor(Factory.Clock.GetUtcNow().AddDays(1), long.MaxValue).ToString();
        var (later, laterStatements) = await CountedAsync(_writer, Links.Room("anxiety", cursor));
        later.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
        OneStatement(laterStatements);
    }

    [Test]
    public async Task A_room_sorted_newest_first_is_one_statement_too()
    {
        var (page, statements) = await CountedAsync(_writer, Links.Room("anxiety", sort: RoomSort.New));

        page.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
        Lists(page, _story).ShouldBeTrue();
        OneStatement(statements);
    }

    [Test]
    public async Task A_cookie_naming_a_name_that_is_not_held_gets_home_and_the_room_without_it()
    {
        var writerId = await InDatabaseAsync(db => Task.FromResult(db.Stories.Where(t => t.Id == StoryRef.FromLocation(_story).Id).Select(t => t.AuthorId!.Value).Single()));
        foreach (var url in new[] { Links.Home(), Links.Room("anxiety") })
        {
            var forger = Factory.CreateClient(new() { HandleCookies = false });
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Cookie", $"forum_pseudonym={writerId:N}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            var response = await forger.SendAsync(request);

            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            var page = await response.ParseAsync();
            page.QuerySelector(ComposerForm.WritingAs).ShouldBeNull("a wrong secret holds no name");
            Lists(page, _story).ShouldBeTrue("the page is still there");
        }
    }

    [Test]
    public async Task A_held_or_removed_story_stays_off_home_and_its_room_for_its_own_writer_too()
    {
        var writer = NewVisitor();
        var held = await PostStoryAsync(writer, Unique("Held for a moderator"));
        var removed = await PostStoryAsync(writer, Unique("Taken down by a moderator"));
        var shown = await PostStoryAsync(writer, Unique("Still listed"));
        await ExecuteSqlAsync($"UPDATE threads SET held_at = now() WHERE id = {held.Id}; UPDATE threads SET removed_at = now(), removal_reason = 'test' WHERE id = {removed.Id}");

        foreach (var url in new[] { Links.Home(), Links.Room("anxiety"), Links.Room("anxiety", sort: RoomSort.New) })
        {
            var (page, _) = await CountedAsync(writer, url);
            page.QuerySelector(ComposerForm.WritingAs).ShouldNotBeNull();
            Lists(page, shown.Url).ShouldBeTrue(url);
            Lists(page, held.Url).ShouldBeFalse(url);
            Lists(page, removed.Url).ShouldBeFalse(url);
        }
    }

    [Test]
    public async Task A_reply_counts_no_inbox_on_its_way_to_the_redirect()
    {
        // The count walks every reply in every story the writer follows since they last read their inbox; a write
        // draws no header, and for a busy writer that walk was most of the database's time per reply.
        var story = await PostStoryAsync(_writer, Unique("Own story"));
        var replies = Links.Replies(story.Id);
        var fields = await _writer.HiddenFieldsAsync(story, replies);
        fields.Add(new("Body", "Adding a little more, a day later."));

        _counter.Clear();
        var response = await _writer.PostAsync(replies, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        var statements = _counter.Statements;
        statements.ShouldContain(s => s.Contains("INSERT INTO replies"), "the counter sees the write");
        // Finding the devices to tell about this one reply reads follows by the reply's id; that is not the inbox's walk.
        statements.ShouldNotContain(s => s.TrimStart().StartsWith("SELECT") && s.Contains("since_reply_id") && !s.Contains("push_subscriptions"),
            string.Join("\n---\n", statements));
    }

    [Test]
    public async Task A_reader_without_a_pseudonym_gets_a_story_and_a_room_in_one_statement_and_home_in_two()
    {
        var reader = NewVisitor();
        OneStatement((await CountedAsync(reader, _story)).Statements);
        Statements((await CountedAsync(reader, Links.Home())).Statements, 2, "the rooms with their latest, and the latest everywhere");
        OneStatement((await CountedAsync(reader, Links.Room("anxiety"))).Statements);
    }
}
