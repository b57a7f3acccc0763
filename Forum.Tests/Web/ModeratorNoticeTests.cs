using System.Net;
using Forum.Data.Moderation;
using Forum.Domain.Moderation;
using Forum.Domain.Reactions;
using Forum.Tests.Infrastructure;
using Forum.Tests.Infrastructure.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>
/// A message from the moderators: sent from a post's page or from the queue, shown to its pseudonym on every page
/// until read, logged without its words, and gone with the pseudonym. Removals and bans use the same channel.
/// </summary>
public sealed class ModeratorNoticeTests : ModerationWebTest
{
    private Task<Guid> WriterOfAsync(long storyId) =>
        WithDb(db => db.Stories.Where(t => t.Id == storyId).Select(t => t.AuthorId!.Value).SingleAsync());

    private Task<HttpResponseMessage> SendAsync(HttpClient moderator, Story story, string message, string country = "", string reason = "Checking in") =>
        ModerateAsync(moderator, story.StoryPage, Links.Mod.Notice(PostKind.Story, story.StoryId), reason,
            new Dictionary<string, string> { ["Message"] = message, ["CrisisCountry"] = country });

    [Test]
    public async Task A_message_with_crisis_lines_is_at_the_top_of_every_page_for_its_name_until_read_and_the_log_keeps_no_words()
    {
        var story = await StoryAsync("Notice");
        var moderator = await Factory.SignedInModeratorAsync();
        const string words = "We're thinking of you. <script>alert(1)</script>\nTake care tonight.";

        var sent = await SendAsync(moderator, story, words, "CA");
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, await sent.Content.ReadAsStringAsync());

        foreach (var page in new[] { "/", "/r/anxiety", story.Location, "/me" })
        {
            var document = await story.Writer.GetDocumentAsync(page);
            document.QuerySelectorAll(NoticeBanner.Notice).Length.ShouldBe(1, page);
            document.QuerySelector(NoticeBanner.Heading)!.TextContent.ShouldBe("A message from the moderators");
            document.QuerySelector(NoticeBanner.Body)!.TextContent.ShouldBe(words, "the words as written, encoded, not markup");
            document.QuerySelector(NoticeBanner.Notice + " script").ShouldBeNull();
            var lines = document.QuerySelectorAll(NoticeBanner.CrisisLines).Select(l => l.TextContent).ToList();
            lines.ShouldContain(l => l.Contains("9-8-8: Suicide Crisis Helpline"));
            lines.ShouldNotContain(l => l.Contains("Samaritans"), "only the chosen country's lines, and the directory");
            document.QuerySelector(NoticeBanner.Notice + " a[href='/help']").ShouldBeNull("a country was chosen");
        }
        (await story.Replier.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull("nobody else sees it");
        (await NewVisitor().GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull();

        var entry = await WithDb(db => db.ModerationLog.OrderByDescending(e => e.Id).FirstAsync());
        (entry.Action, entry.Reason, entry.PseudonymId).ShouldBe((ModerationActions.SendNotice, "Checking in", (Guid?)await WriterOfAsync(story.StoryId)));
        entry.Detail.ShouldBe("with the crisis lines for CA");
        var logText = string.Join(" ", await WithDb(db => db.Database.SqlQuery<string>($"SELECT moderation_log::text AS \"Value\" FROM moderation_log").ToListAsync()));
        logText.ShouldNotContain("thinking of you");

        var home = await story.Writer.GetDocumentAsync("/");
        var read = await story.Writer.SubmitAsync("/", home.QuerySelector(NoticeBanner.ReadForms)!.GetAttribute("action")!, new Dictionary<string, string>());
        read.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        read.Headers.Location!.OriginalString.ShouldBe("/", "back to the page it was read on");
        (await story.Writer.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull();
        (await WithDb(db => db.ModeratorNotices.SingleAsync(n => n.Body == words))).ReadAt
            .ShouldBe(new DateTimeOffset(Factory.Clock.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero), "only the day is kept");
    }

    [TestCase("", "CA", "Checking in", "Please write the message")]
    [TestCase("   \n  ", "", "Checking in", "Please write the message")]
    [TestCase("TOO-LONG", "", "Checking in", "up to 2,000 characters")]
    [TestCase("Hello", "Atlantis", "Checking in", "Choose a country from the list")]
    [TestCase("Hello", "CA'); DROP TABLE moderator_notices; --", "Checking in", "Choose a country from the list")]
    [TestCase("Hello", "", "  ", "write a short reason")]
    public async Task A_notice_that_is_empty_too_long_for_an_unknown_country_or_without_a_reason_is_refused_and_nothing_is_kept(
        string message, string country, string reason, string expected)
    {
        var story = await StoryAsync("Refused notice");
        var moderator = await Factory.SignedInModeratorAsync();
        var (notices, log) = (await WithDb(db => db.ModeratorNotices.CountAsync()), await LogRowsAsync());

        var response = await SendAsync(moderator, story, message == "TOO-LONG" ? new string('a', ModeratorNotice.MessageMaxLength + 1) : message, country, reason);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain(expected);
        (await WithDb(db => db.ModeratorNotices.CountAsync())).ShouldBe(notices);
        (await LogRowsAsync()).ShouldBe(log);
    }

    [Test]
    public async Task Readers_and_writers_cannot_send_notices_and_a_burned_writer_cannot_be_sent_one()
    {
        var story = await StoryAsync("Not a moderator");
        var fields = new Dictionary<string, string> { ["Message"] = "Hello", ["Reason"] = "mine", ["CrisisCountry"] = "" };
        (await story.Replier.PostWithTokenAsync(story.Location, Links.Mod.Notice(PostKind.Story, story.StoryId), fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var moderator = await Factory.SignedInModeratorAsync();
        (await moderator.PostWithTokenAsync(story.StoryPage, Links.Mod.Notice(PostKind.Story, 999_999_999), fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await moderator.PostAsync(Links.Mod.Notice(PostKind.Story, story.StoryId), new FormUrlEncodedContent(fields)))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no antiforgery token");

        var writer = await WriterOfAsync(story.StoryId);
        await Factory.Services.CreateScope().ServiceProvider.GetRequiredService<Forum.Data.Writing.PseudonymWriter>().BurnAsync(writer, removePosts: false, CancellationToken.None);
        (await moderator.GetDocumentAsync(story.StoryPage)).QuerySelector(ModeratedPostPage.NoticeForm).ShouldBeNull();
        (await moderator.PostWithTokenAsync(story.StoryPage, Links.Mod.Notice(PostKind.Story, story.StoryId), fields)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await WithDb(db => db.ModeratorNotices.CountAsync(n => n.PseudonymId == writer))).ShouldBe(0);
    }

    [TestCase("https://evil.example/")]
    [TestCase("//evil.example/")]
    [TestCase("/\\evil.example/")]
    [TestCase("javascript:alert(1)")]
    public async Task Marking_a_notice_this_browser_does_not_hold_changes_nothing_and_never_leaves_the_site(string back)
    {
        var story = await StoryAsync("Someone else's notice");
        var moderator = await Factory.SignedInModeratorAsync();
        await SendAsync(moderator, story, "Only for the writer");
        var id = await WithDb(db => db.ModeratorNotices.Where(n => n.Body == "Only for the writer").OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());

        var stranger = await story.Replier.PostWithTokenAsync(story.Location, Links.Me.NoticeRead(id), new Dictionary<string, string> { ["back"] = back });
        stranger.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stranger.Headers.Location!.OriginalString.ShouldBe("/me");
        (await WithDb(db => db.ModeratorNotices.SingleAsync(n => n.Id == id))).ReadAt.ShouldBeNull();

        var own = await story.Writer.PostWithTokenAsync(story.Location, Links.Me.NoticeRead(id), new Dictionary<string, string> { ["back"] = back });
        own.Headers.Location!.OriginalString.ShouldBe("/me", "an address off the site is never followed");
        (await WithDb(db => db.ModeratorNotices.SingleAsync(n => n.Id == id))).ReadAt.ShouldNotBeNull();
        (await story.Writer.PostWithTokenAsync(story.Location, "/me/notices/not-a-number/read", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Someone_reported_at_risk_is_sent_crisis_lines_from_the_queue_in_one_step()
    {
        var story = await StoryAsync("At risk");
        await NewVisitor().SubmitAsync($"/posts/thread/{story.StoryId}/report", $"/posts/thread/{story.StoryId}/report",
            new Dictionary<string, string> { ["Category"] = "at_risk", ["Note"] = "" });
        var moderator = await Factory.SignedInModeratorAsync();

        var queue = await moderator.GetDocumentAsync(Links.Mod.Queue());
        var item = queue.QuerySelectorAll(ModeratedPostPage.QueueItems).Single(li => li.QuerySelector("a")!.GetAttribute("href") == story.StoryPage);
        var form = item.QuerySelector(ModeratedPostPage.NoticeForm)!;
        form.GetAttribute("action").ShouldBe(Links.Mod.Notice(PostKind.Story, story.StoryId));
        form.QuerySelector(ModeratedPostPage.NoticeMessage)!.TextContent.ShouldBe(ModeratorNotice.CheckingIn, "ready to send as it is");
        form.QuerySelector("select[name=CrisisCountry] option[selected]")!.GetAttribute("value")
            .ShouldBe(Forum.Web.Safety.CrisisLines.Everywhere, "a moderator can't know where the writer is: the directory serves anyone");

        var sent = await moderator.SubmitAsync(Links.Mod.Queue(), form.GetAttribute("action")!, new Dictionary<string, string>
        {
            ["Message"] = ModeratorNotice.CheckingIn, ["CrisisCountry"] = "GB", ["Reason"] = ModeratorNotice.AtRiskReason,
        });
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        sent.Headers.Location!.OriginalString.ShouldBe(Links.Mod.Queue(), "back to the queue, with the next person waiting");
        (await moderator.GetDocumentAsync(Links.Mod.Queue())).QuerySelector(ModeratedPostPage.Done)!.TextContent.ShouldContain("waiting for them");

        var writerPage = await story.Writer.GetDocumentAsync("/");
        writerPage.QuerySelector(NoticeBanner.Body)!.TextContent.ShouldBe(ModeratorNotice.CheckingIn);
        writerPage.QuerySelectorAll(NoticeBanner.CrisisLines).Select(l => l.TextContent).ShouldContain(l => l.Contains("Samaritans"));
    }

    [Test]
    public async Task The_international_directory_is_sent_with_the_way_to_every_countrys_lines()
    {
        var story = await StoryAsync("Directory notice");
        var moderator = await Factory.SignedInModeratorAsync();

        (await SendAsync(moderator, story, "We're here.", Forum.Web.Safety.CrisisLines.Everywhere)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await story.Writer.GetDocumentAsync("/");
        var lines = page.QuerySelectorAll(NoticeBanner.CrisisLines).Select(l => l.TextContent).ToList();
        lines[0].ShouldContain("Find A Helpline");
        lines.ShouldNotContain(l => l.Contains("Samaritans") || l.Contains("988"));
        page.QuerySelector(NoticeBanner.Notice + " .resource a[href='/help']").ShouldNotBeNull();
        (await WithDb(db => db.ModerationLog.OrderByDescending(e => e.Id).FirstAsync())).Detail.ShouldBe("with the crisis lines for everywhere");
    }

    [Test]
    public async Task The_queue_shows_the_reported_posts_first_words_as_plain_encoded_text()
    {
        var writer = NewVisitor();
        var location = await PostStoryAsync(writer, Unique("Snippet"), "First **bold** words & <img src=x onerror=alert(1)> then a [link](https://example.org) " + string.Join(' ', Enumerable.Repeat("more", 200)));
        var storyId = StoryIdOf(location);
        await NewVisitor().SubmitAsync($"/posts/thread/{storyId}/report", $"/posts/thread/{storyId}/report",
            new Dictionary<string, string> { ["Category"] = "spam", ["Note"] = "" });
        var moderator = await Factory.SignedInModeratorAsync();

        var item = (await moderator.GetDocumentAsync(Links.Mod.Queue())).QuerySelectorAll(ModeratedPostPage.QueueItems)
            .Single(li => li.QuerySelector("a")!.GetAttribute("href") == $"/mod/threads/{storyId}");
        var snippet = item.QuerySelector(ModeratedPostPage.QueueSnippet)!;
        snippet.TextContent.ShouldStartWith("First bold words & <img src=x onerror=alert(1)> then a link more", Case.Sensitive, "the writer's words as written, as text");
        snippet.TextContent.Length.ShouldBeLessThanOrEqualTo(241);
        snippet.TextContent.ShouldEndWith("…");
        snippet.Children.Length.ShouldBe(0, "plain text: no bold, no image, no link");
        item.QuerySelector(ModeratedPostPage.NoticeForm).ShouldBeNull("the one-step check-in is for someone who may be at risk");
    }

    [Test]
    public async Task A_removed_storys_writer_is_told_why_in_a_notice_and_on_me_without_edit_or_delete()
    {
        var story = await StoryAsync("Removed for its writer");
        var title = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector("h1")!.TextContent;
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.StoryPage, Links.Mod.Remove(PostKind.Story, story.StoryId), "It names a person who can be recognised"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var me = await story.Writer.GetDocumentAsync("/me");
        var notice = me.QuerySelector(NoticeBanner.Body)!.TextContent;
        notice.ShouldContain($"your story “{title}”");
        notice.ShouldContain("It names a person who can be recognised");
        notice.ShouldContain("doesn't mean you aren't welcome here");
        me.QuerySelector(NoticeBanner.Notice + " a[href='/help']").ShouldNotBeNull();
        var removed = me.QuerySelector(NoticeBanner.RemovedOwnPost)!;
        removed.TextContent.ShouldContain(title);
        removed.QuerySelector(".removal-reason")!.TextContent.ShouldBe("It names a person who can be recognised");
        me.QuerySelector($"a[href='{Links.EditPost(PostKind.Story, story.StoryId)}']").ShouldBeNull();
        me.QuerySelector($"a[href='{Links.DeletePost(PostKind.Story, story.StoryId)}']").ShouldBeNull();
        removed.QuerySelector("a").ShouldBeNull("the story's page is gone, so nothing links to it");

        // The notice quotes the title, the writer's own words: it goes when the retention purge deletes the story.
        Factory.Clock.Advance(RetentionPurge.DefaultWindow + TimeSpan.FromDays(1));
        using (var scope = Factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(RetentionPurge.DefaultWindow, CancellationToken.None);
        (await WithDb(db => db.ModeratorNotices.CountAsync(n => n.StoryId == story.StoryId))).ShouldBe(0);
    }

    [Test]
    public async Task A_rejected_held_reply_tells_its_writer_why()
    {
        var story = await StoryAsync("Held, then rejected");
        var writer = NewVisitor();
        var response = await writer.SubmitAsync(story.Location, Links.Replies(story.StoryId), new Dictionary<string, string> { ["Body"] = "Cheap pills, message me on WhatsApp" });
        var replyId = long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
        (await writer.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull();
        var moderator = await Factory.SignedInModeratorAsync();
        (await moderator.GetDocumentAsync($"/mod/replies/{replyId}")).QuerySelector("label[for=reject-reason]")!.TextContent
            .ShouldContain("which the writer reads", Case.Sensitive, "the moderator knows the reason is sent");

        (await ModerateAsync(moderator, $"/mod/replies/{replyId}", Links.Mod.Reject(PostKind.Reply, replyId), "Selling things isn't allowed here"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var home = await writer.GetDocumentAsync("/");
        home.QuerySelector(NoticeBanner.Heading)!.TextContent.ShouldBe("A message from the moderators about something you wrote");
        var body = home.QuerySelector(NoticeBanner.Body)!.TextContent;
        body.ShouldStartWith("Your reply in “Held, then rejected");
        body.ShouldContain("decided not to publish it");
        body.ShouldContain("Selling things isn't allowed here");
        (await story.Replier.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull("only the writer is told");
    }

    [Test]
    public async Task Restoring_a_post_withdraws_an_unread_removal_notice_and_answers_a_read_one()
    {
        var story = await StoryAsync("Removed, then restored");
        var moderator = await Factory.SignedInModeratorAsync();
        async Task ActAsync(string action, string reason) =>
            (await ModerateAsync(moderator, story.ReplyPage, action, reason)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The story's own removal notice must not be taken for the reply's.
        (await ModerateAsync(moderator, story.StoryPage, Links.Mod.Remove(PostKind.Story, story.StoryId), "Checking something")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var storyRemovals = await WithDb(db => db.ModeratorNotices.CountAsync(n => n.StoryId == story.StoryId && n.ReplyId == null));

        await ActAsync(Links.Mod.Remove(PostKind.Reply, story.ReplyId), "A mistake");
        (await story.Replier.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Body)!.TextContent.ShouldContain("We've taken down your reply");
        await ActAsync(Links.Mod.Restore(PostKind.Reply, story.ReplyId), "Restored: it was fine");
        (await story.Replier.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Notice).ShouldBeNull("never read, so simply withdrawn");
        (await WithDb(db => db.ModeratorNotices.CountAsync(n => n.StoryId == story.StoryId && n.ReplyId == null))).ShouldBe(storyRemovals);

        await ActAsync(Links.Mod.Remove(PostKind.Reply, story.ReplyId), "Another look");
        var home = await story.Replier.GetDocumentAsync("/");
        (await story.Replier.SubmitAsync("/", home.QuerySelector(NoticeBanner.ReadForms)!.GetAttribute("action")!, new Dictionary<string, string>()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await ActAsync(Links.Mod.Restore(PostKind.Reply, story.ReplyId), "Restored after all");
        var back = (await story.Replier.GetDocumentAsync("/")).QuerySelector(NoticeBanner.Body)!.TextContent;
        back.ShouldStartWith("We've put back your reply in “Removed, then restored");

        // Taken down again and put back again before anything was read: the new removal notice is withdrawn, and the
        // unread word that it was back the first time stays, still true.
        await ActAsync(Links.Mod.Remove(PostKind.Reply, story.ReplyId), "A third look");
        await ActAsync(Links.Mod.Restore(PostKind.Reply, story.ReplyId), "Fine after all");
        var bodies = (await story.Replier.GetDocumentAsync("/")).QuerySelectorAll(NoticeBanner.Body).Select(b => b.TextContent).ToList();
        bodies.ShouldHaveSingleItem().ShouldStartWith("We've put back your reply");
    }

    [Test]
    public async Task A_ban_needs_a_reason_tells_the_name_why_and_me_offers_help_instead_of_a_new_name()
    {
        var story = await StoryAsync("Ban notice");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/ban", " ", new Dictionary<string, string> { ["Period"] = "7" }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await story.Replier.GetDocumentAsync("/me")).QuerySelector($"a[href='{Links.Me.NewPseudonym()}']").ShouldNotBeNull("offered before the ban");

        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/ban", "Links to a shop, again", new Dictionary<string, string> { ["Period"] = "7" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var me = await story.Replier.GetDocumentAsync("/me");
        me.QuerySelector(NoticeBanner.Heading)!.TextContent.ShouldBe("A message from the moderators about this name");
        var body = me.QuerySelector(NoticeBanner.Body)!.TextContent;
        body.ShouldContain("paused posting and reactions for this name until");
        body.ShouldContain("Links to a shop, again");
        me.QuerySelector($"a[href='{Links.Me.NewPseudonym()}']").ShouldBeNull("a banned name is not offered a way around the ban");
        me.QuerySelector(NoticeBanner.BannedOffer)!.QuerySelector($"a[href='{Links.Help()}']").ShouldNotBeNull();
        (await story.Writer.GetDocumentAsync("/me")).QuerySelector($"a[href='{Links.Me.NewPseudonym()}']").ShouldNotBeNull("others still are");

        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/unban", "Talked it through")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await story.Replier.GetDocumentAsync("/me");
        after.QuerySelector(NoticeBanner.Notice).ShouldBeNull("a lifted ban's notice, unread, would say the name is still paused");
        after.QuerySelector($"a[href='{Links.Me.NewPseudonym()}']").ShouldNotBeNull();
    }

    [Test]
    public async Task Burning_a_name_deletes_its_notices_read_or_not_and_the_log_keeps_nothing_that_points_at_it()
    {
        var story = await StoryAsync("Burned with notices");
        var moderator = await Factory.SignedInModeratorAsync();
        await SendAsync(moderator, story, "First message");
        await SendAsync(moderator, story, "Second message", "US");
        var writer = await WriterOfAsync(story.StoryId);
        var first = await WithDb(db => db.ModeratorNotices.Where(n => n.PseudonymId == writer).OrderBy(n => n.Id).Select(n => n.Id).FirstAsync());
        await story.Writer.PostWithTokenAsync("/me", Links.Me.NoticeRead(first), new Dictionary<string, string>());
        (await WithDb(db => db.ModeratorNotices.CountAsync(n => n.PseudonymId == writer))).ShouldBe(2);

        (await story.Writer.SubmitAsync(Links.Me.Burn(writer), Links.Me.Burn(writer), new Dictionary<string, string> { ["Posts"] = "keep", ["Confirm"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await WithDb(db => db.ModeratorNotices.CountAsync(n => n.PseudonymId == writer))).ShouldBe(0);
        (await WithDb(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM moderator_notices WHERE pseudonym_id = {writer}").SingleAsync())).ShouldBe(0);
        (await WithDb(db => db.ModerationLog.CountAsync(e => e.PseudonymId == writer))).ShouldBe(0);
    }
}
