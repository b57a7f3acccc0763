using Microsoft.EntityFrameworkCore;
using Forum.Tests.Infrastructure.Pages;
using Forum.Domain.Reactions;

namespace Forum.Tests.Web;

/// <summary>Moderators' actions over HTTP: what readers see afterwards, the log row each leaves, and refusals.</summary>
public sealed class ModerationActionTests : ModerationWebTest
{
    [Test]
    public async Task A_locked_story_tells_readers_why_and_refuses_replies_over_http()
    {
        var story = await StoryAsync("Locking");
        var moderator = await Factory.SignedInModeratorAsync();
        var logBefore = await LogRowsAsync();

        var locked = await ModerateAsync(moderator, story.StoryPage, Links.Mod.Lock(story.StoryId), "Let's give this one a rest for now, thank you all.");
        locked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LogRowsAsync()).ShouldBe(logBefore + 1);

        var page = await NewVisitor().GetDocumentAsync(story.Location);
        page.QuerySelector("#closed-heading")!.TextContent.ShouldBe("Closed to new replies");
        page.QuerySelector(".notice")!.TextContent.ShouldContain("Let's give this one a rest for now, thank you all.");
        page.QuerySelector($"form[action='/t/{story.StoryId}/replies']").ShouldBeNull();

        var token = (await story.Replier.GetDocumentAsync("/r/anxiety/new")).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var refused = await story.Replier.PostAsync($"/t/{story.StoryId}/replies",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Body"] = "One more thing" }));
        // A conflict with the moderators' change, not a fault in what was written: 409, and the words come back.
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var refusal = await refused.ParseAsync();
        refusal.QuerySelector(".notice")!.TextContent.ShouldContain("Let's give this one a rest");
        refusal.Body!.TextContent.ShouldContain("One more thing");
        (await WithDb(db => db.Replies.CountAsync(r => r.StoryId == story.StoryId))).ShouldBe(1);
    }

    [Test]
    public async Task An_action_without_a_reason_is_refused_with_a_message_and_changes_nothing()
    {
        var story = await StoryAsync("No reason");
        var moderator = await Factory.SignedInModeratorAsync();
        var logBefore = await LogRowsAsync();

        var response = await ModerateAsync(moderator, story.StoryPage, Links.Mod.Remove(PostKind.Story, story.StoryId), "   ");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("write a short reason");
        (await LogRowsAsync()).ShouldBe(logBefore);
        (await NewVisitor().GetAsync(story.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_removed_story_is_gone_from_every_list_and_page_and_moderators_see_it_with_its_reason()
    {
        var story = await StoryAsync("To be removed");
        var title = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector("h1")!.TextContent;
        var moderator = await Factory.SignedInModeratorAsync();

        (await ModerateAsync(moderator, story.StoryPage, Links.Mod.Remove(PostKind.Story, story.StoryId), "Shares someone else's private details"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reader = NewVisitor();
        (await reader.GetAsync(story.Location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var list in new[] { "/", "/r/anxiety" })
            (await reader.GetDocumentAsync(list)).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldNotContain(title, list);
        (await story.Writer.GetAsync(story.Location)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not even its writer reads it on the forum");

        var removed = await moderator.GetDocumentAsync("/mod/removed");
        var entry = removed.QuerySelectorAll(".removed-threads li").Single(li => li.QuerySelector("a")!.TextContent == title);
        entry.QuerySelector(".removal-reason")!.TextContent.ShouldContain("Shares someone else's private details");
        (await moderator.GetDocumentAsync(story.StoryPage)).QuerySelector(ModeratedPostPage.State)!.TextContent.ShouldContain("Shares someone else's private details");

        (await ModerateAsync(moderator, story.StoryPage, Links.Mod.Restore(PostKind.Story, story.StoryId), "Removed by mistake")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await reader.GetAsync(story.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_removed_reply_leaves_a_short_notice_and_none_of_its_text()
    {
        var story = await StoryAsync("Reply removal");
        var moderator = await Factory.SignedInModeratorAsync();

        (await ModerateAsync(moderator, story.ReplyPage, Links.Mod.Remove(PostKind.Reply, story.ReplyId), "Harassment")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await (await NewVisitor().GetAsync(story.Location)).Content.ReadAsStringAsync();
        html.ShouldNotContain("I hear you. Same here.");
        (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.ReplyRemoved(story.ReplyId))!.TextContent
            .ShouldContain("removed by the moderators");
    }

    [Test]
    public async Task Every_action_leaves_exactly_one_log_row_naming_who_what_and_why()
    {
        var story = await StoryAsync("Every action");
        var moderator = await Factory.SignedInModeratorAsync();
        var thread = $"/mod/threads/{story.StoryId}";
        var reply = $"/mod/replies/{story.ReplyId}";
        (string Page, string Action, string Expected, Dictionary<string, string>? Extra)[] steps =
        [
            (thread, $"{thread}/lock", ModerationActions.LockStory, null),
            (thread, $"{thread}/unlock", ModerationActions.UnlockStory, null),
            (thread, $"{thread}/pin", ModerationActions.PinStory, null),
            (thread, $"{thread}/unpin", ModerationActions.UnpinStory, null),
            (thread, $"{thread}/move", ModerationActions.MoveStory, new() { ["Room"] = "depression" }),
            (thread, $"{thread}/warn", ModerationActions.AddWarning, new() { ["Warnings"] = "relapse" }),
            (thread, $"{thread}/remove", ModerationActions.RemoveStory, null),
            (thread, $"{thread}/restore", ModerationActions.RestoreStory, null),
            (reply, $"{reply}/remove", ModerationActions.RemoveReply, null),
            (reply, $"{reply}/restore", ModerationActions.RestoreReply, null),
            (reply, $"{reply}/warn", ModerationActions.AddWarning, new() { ["Warnings"] = "death-grief" }),
            (reply, $"{reply}/author/ban", ModerationActions.BanPseudonym, new() { ["Period"] = "7" }),
            (reply, $"{reply}/author/unban", ModerationActions.UnbanPseudonym, null),
            (thread, $"{thread}/author/badge", ModerationActions.GrantBadge, new() { ["Badge"] = "peer_supporter" }),
            (thread, $"{thread}/author/unbadge", ModerationActions.RevokeBadge, null),
        ];

        foreach (var (page, action, expected, extra) in steps)
        {
            var before = await LogRowsAsync();
            var reason = $"Reason for {action}";
            var response = await ModerateAsync(moderator, page, action, reason, extra);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{action}: {await response.Content.ReadAsStringAsync()}");
            (await LogRowsAsync()).ShouldBe(before + 1, action);
            var last = await WithDb(db => db.ModerationLog.OrderByDescending(e => e.Id).FirstAsync());
            (last.Action, last.Reason).ShouldBe((expected, reason), action);
        }

        var log = await moderator.GetDocumentAsync("/mod/log");
        log.QuerySelectorAll(ModeratedPostPage.LogRows).Length.ShouldBeGreaterThanOrEqualTo(steps.Length);
        log.QuerySelector(".mod-log tbody")!.TextContent.ShouldContain("Reason for /mod/threads/" + story.StoryId + "/lock");
    }

    [Test]
    public async Task Unknown_targets_are_not_found()
    {
        var moderator = await Factory.SignedInModeratorAsync();
        var story = await StoryAsync("Known");
        var token = (await moderator.GetDocumentAsync(story.StoryPage)).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var form = new Dictionary<string, string> { ["__form"] = token, ["Reason"] = "because", ["Version"] = "0", ["Outcome"] = ReportOutcome.NoActionNeeded };

        foreach (var url in new[]
                 {
                     "/mod/threads/999999999/lock", "/mod/replies/999999999/remove", "/mod/threads/999999999/author/ban",
                     "/mod/reports/999999999/resolve", "/mod/posts/1/author/ban",
                 })
            (await moderator.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        foreach (var url in new[] { "/mod/threads/999999999", "/mod/replies/999999999", "/mod/things/1" })
            (await moderator.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
    }

    [Test]
    public async Task Moderator_actions_are_not_found_for_readers_and_writers_and_change_nothing()
    {
        var story = await StoryAsync("Not yours");
        var token = (await story.Writer.GetDocumentAsync(story.Location)).QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var logBefore = await LogRowsAsync();

        var response = await story.Writer.PostAsync(Links.Mod.Remove(PostKind.Story, story.StoryId),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__form"] = token, ["Reason"] = "mine", ["Version"] = "0" }));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LogRowsAsync()).ShouldBe(logBefore);
        (await NewVisitor().GetAsync(story.Location)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await story.Writer.GetAsync(story.StoryPage)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Two_moderators_on_the_same_page_the_second_gets_a_conflict_and_the_first_ban_stands()
    {
        var story = await StoryAsync("Conflict");
        var first = await Factory.SignedInModeratorAsync();
        var second = await Factory.SignedInModeratorAsync();
        var secondPage = await second.GetDocumentAsync(story.ReplyPage);
        var secondToken = secondPage.QuerySelector(ComposerForm.AntiforgeryToken)!.GetAttribute("value")!;
        var seenVersion = secondPage.QuerySelector($"form[action='{story.ReplyPage}/author/ban'] input[name=Version]")!.GetAttribute("value")!;

        (await ModerateAsync(first, story.ReplyPage, $"{story.ReplyPage}/author/ban", "A week off", new Dictionary<string, string> { ["Period"] = "7" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var logAfterFirst = await LogRowsAsync();

        var conflict = await second.PostAsync($"{story.ReplyPage}/author/ban", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__form"] = secondToken, ["Version"] = seenVersion, ["Reason"] = "For good", ["Period"] = "forever",
        }));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await conflict.ParseAsync();
        page.QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("Another moderator changed this a moment ago");
        page.QuerySelector("#writer-heading + p")!.TextContent.ShouldContain("banned until");
        (await LogRowsAsync()).ShouldBe(logAfterFirst);
        var banned = await WithDb(db => db.Replies.Where(r => r.Id == story.ReplyId).Select(r => r.Author!.BannedUntil).SingleAsync());
        banned.ShouldBe(Factory.Clock.GetUtcNow().AddDays(7));
    }

    [Test]
    public async Task A_banned_name_reads_but_cannot_post_or_react_and_is_told_why_until_the_ban_is_lifted()
    {
        var story = await StoryAsync("Ban");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/ban", "Spam", new Dictionary<string, string> { ["Period"] = "forever" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var banned = story.Replier;

        var page = await banned.GetDocumentAsync(story.Location);
        page.QuerySelector(StoryPage.PausedHeading)!.TextContent.ShouldBe("Posting is paused for your name");
        page.QuerySelector($"form[action='/t/{story.StoryId}/replies']").ShouldBeNull();

        // The page offers no form to a banned name any more (WalkthroughTests); one sent anyway, from a tab opened before, is refused.
        var newStory = await banned.PostWithTokenAsync(Links.NewStory("anxiety"), Links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Still here", ["Body"] = "Hello", ["Submission"] = Guid.NewGuid().ToString() });
        newStory.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await newStory.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("stopped this name from posting and reacting");

        var react = await banned.PostWithTokenAsync(story.Location, $"/posts/thread/{story.StoryId}/familiar", new Dictionary<string, string> { ["familiar"] = "true" });
        react.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await react.ParseAsync()).QuerySelector(".status-page")!.TextContent.ShouldContain("You can still read everything");
        (await WithDb(db => db.Reactions.CountAsync(r => r.PostId == story.StoryId))).ShouldBe(0);

        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/unban", "Appeal accepted")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await banned.SubmitAsync(story.Location, $"/posts/thread/{story.StoryId}/familiar", new Dictionary<string, string>()))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Test]
    public async Task A_ban_for_a_period_ends_by_itself()
    {
        var story = await StoryAsync("Timed ban");
        var moderator = await Factory.SignedInModeratorAsync();
        await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/author/ban", "Cool off", new Dictionary<string, string> { ["Period"] = "1" });
        (await story.Replier.GetDocumentAsync(story.Location)).QuerySelector(StoryPage.PausedHeading).ShouldNotBeNull();

        Factory.Clock.Advance(TimeSpan.FromDays(1));

        (await story.Replier.GetDocumentAsync(story.Location)).QuerySelector(StoryPage.PausedHeading).ShouldBeNull();
    }

    [Test]
    public async Task A_verified_badge_shows_beside_the_name_with_what_it_means_and_does_not()
    {
        var story = await StoryAsync("Badge");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.StoryPage, $"{story.StoryPage}/author/badge", "Checked their training certificate",
            new Dictionary<string, string> { ["Badge"] = "peer_supporter" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var badge = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.StoryBadge)!;
        badge.TextContent.ShouldStartWith("Verified peer supporter");
        badge.GetAttribute("title")!.ShouldContain("not a therapist or doctor");
        badge.GetAttribute("href").ShouldBe("/help/badges#peer_supporter");
        var help = await NewVisitor().GetDocumentAsync("/help/badges");
        help.QuerySelector("#peer_supporter + p")!.TextContent.ShouldContain("not medical advice");
        help.QuerySelector("#professional + p")!.TextContent.ShouldContain("not your clinician");
    }

    [Test]
    public async Task A_pinned_story_leads_its_room_and_a_moved_one_changes_room()
    {
        var story = await StoryAsync("Pin and move");
        var title = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector("h1")!.TextContent;
        var moderator = await Factory.SignedInModeratorAsync();

        await ModerateAsync(moderator, story.StoryPage, $"{story.StoryPage}/pin", "Helpful for newcomers");
        await ModerateAsync(moderator, story.StoryPage, $"{story.StoryPage}/move", "Fits depression better", new Dictionary<string, string> { ["Room"] = "depression" });

        (await NewVisitor().GetDocumentAsync("/r/anxiety")).QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldNotContain(title);
        var depression = await NewVisitor().GetDocumentAsync("/r/depression");
        depression.QuerySelectorAll("a.thread-title").Select(a => a.TextContent).ShouldContain(title);
        (await moderator.GetDocumentAsync("/mod/log")).QuerySelector(".log-detail")!.TextContent.ShouldContain("from Anxiety to Depression");
    }

    [Test]
    public async Task A_moderator_can_fold_a_post_behind_a_warning_instead_of_removing_it()
    {
        var story = await StoryAsync("Needs a warning");
        var moderator = await Factory.SignedInModeratorAsync();

        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/warn", "Detailed description of a relapse",
            new Dictionary<string, string> { ["Warnings"] = "relapse" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var none = await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/warn", "Nothing ticked");
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.ParseAsync()).QuerySelector(ComposerForm.FormError)!.TextContent.ShouldContain("Tick at least one warning");

        var reply = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.Reply(story.ReplyId))!;
        reply.QuerySelector("details.warned").ShouldNotBeNull();
    }

    [Test]
    public async Task The_writer_is_told_and_cannot_edit_away_a_warning_a_moderator_added()
    {
        var story = await StoryAsync("Warned then edited");
        var moderator = await Factory.SignedInModeratorAsync();
        (await ModerateAsync(moderator, story.ReplyPage, $"{story.ReplyPage}/warn", "Detailed description of a relapse",
            new Dictionary<string, string> { ["Warnings"] = "relapse" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var editPage = $"/posts/reply/{story.ReplyId}/edit";
        (await story.Replier.GetDocumentAsync(editPage)).QuerySelector(ModeratedPostPage.ModeratorWarnings)!.TextContent.ShouldContain("Relapse");
        var edited = await story.Replier.SubmitAsync(editPage, editPage, new Dictionary<string, string> { ["Body"] = "Edited, every box unticked." });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reply = (await NewVisitor().GetDocumentAsync(story.Location)).QuerySelector(StoryPage.Reply(story.ReplyId))!;
        reply.QuerySelector("details.warned").ShouldNotBeNull();
        reply.TextContent.ShouldContain("Edited, every box unticked.");
    }
}
