using System.Reflection;
using System.Text.RegularExpressions;
using Forum.Data;
using Forum.Tests.Infrastructure;
using Forum.Web.Controllers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Forum.Tests.Unit;

/// <summary>
/// A post is one thing whatever its kind (issue 29, item 3; docs/decisions/0002-post-model.md): one read model and one
/// partial, one action per moderation verb, one press flow and one ladder from refusal to answer, one place that
/// reads a note left across a redirect. And the database alone counts replies (item 4).
/// </summary>
public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Files that still name a post kind, with how many times, and why: where the two tables really differ (a story's
    /// title, a reply's story), or where a kind is spelled for storage and URLs. The list only shrinks; the decision
    /// record asks for the migration plan in full if it stays above about ten real branches.
    /// </summary>
    private static readonly Dictionary<string, (int Count, string Why)> PostKindBranches = new()
    {
        ["Forum.Domain/Stories/Story.cs"] = (1, "the kind a story is"),
        ["Forum.Domain/Stories/Reply.cs"] = (1, "the kind a reply is"),
        ["Forum.Domain/Stories/PostKindText.cs"] = (2, "the stored spellings"),
        ["Forum.Web/Routing/PostKindSegment.cs"] = (4, "the moderators' plural URL spellings"),
        ["Forum.Domain/Moderation/ModerationActions.cs"] = (2, "the log's action names, stored per kind"),
        ["Forum.Domain/Moderation/ModerationTarget.cs"] = (1, "a report or notice names a story, or a reply in it, by two columns"),
        ["Forum.Domain/Moderation/ModeratorNotice.cs"] = (2, "a notice's reply column and how it names the post to its writer"),
        ["Forum.Data/ForumDbContext.cs"] = (1, "PostAsync loads either table"),
        ["Forum.Data/Moderation/ModerationReader.cs"] = (13, "the queue's projections read a story's title through a reply's story, per table"),
        ["Forum.Data/Moderation/ModerationWriter.cs"] = (3, "a report's post from its two columns; the story-only actions"),
        ["Forum.Data/Moderation/ReportWriter.cs"] = (1, "a report's target per table"),
        ["Forum.Data/Reading/ForumReader.cs"] = (1, "a quote's source per table"),
        ["Forum.Data/Reading/ReaderReactions.cs"] = (1, "a story and a reply may share an id"),
        ["Forum.Data/Reading/StoryPageQueries.cs"] = (4, "the page's two statements, one per table"),
        ["Forum.Data/Writing/OwnPostWriter.cs"] = (1, "a deleted story's places differ from a reply's"),
        ["Forum.Data/Writing/ReactionWriter.cs"] = (2, "the atomic count update on one table or the other"),
        ["Forum.Web/Controllers/ModeratePostsController.cs"] = (3, "what a removal leaves readers; the story-only actions (lock, pin, move); a reply approved is news to its story's names"),
        ["Forum.Web/Controllers/OwnPostsController.cs"] = (2, "an edit's title; a deleted post's story"),
        ["Forum.Web/Forms/PostEditDraft.cs"] = (1, "the form's default kind"),
        ["Forum.Web/Forms/PostEditDraftValidator.cs"] = (1, "only a story's edit has a title"),
        ["Forum.Web/Routing/ForumLinks.cs"] = (2, "a post's anchor on its story's page"),
        ["Forum.Web/Views/Me/Index.cshtml"] = (4, "the inbox's rows carry IsStory rather than a kind"),
        ["Forum.Web/Views/ModeratePosts/Post.cshtml"] = (1, "what only a story has (lock, pin, move) on the moderators' page"),
        ["Forum.Web/Views/Moderation/Queue.cshtml"] = (1, "\"Story\" or \"Reply in\" before a title, in the three lists"),
        ["Forum.Web/Views/Moderation/Removed.cshtml"] = (1, "the list of removed stories"),
        ["Forum.Web/Views/OwnPosts/Delete.cshtml"] = (1, "a story's title"),
        ["Forum.Web/Views/OwnPosts/Edit.cshtml"] = (1, "a story's title field"),
        ["Forum.Web/Views/Reports/New.cshtml"] = (1, "\"this story\" or \"this reply\""),
        ["Forum.Web/Views/Shared/_Posts.cshtml"] = (1, "what only a story has on its page (its title, following it) and the sentences that name its kind, whole for translators"),
    };

    [Test]
    public void Post_kind_branches_only_shrink()
    {
        var found = SourceTree.Files("Forum.Domain", "*.cs").Concat(SourceTree.Files("Forum.Data", "*.cs"))
            .Concat(SourceTree.Files("Forum.Web", "*.cs")).Concat(SourceTree.Files("Forum.Web", "*.cshtml"))
            .Select(path => (Path: SourceTree.Relative(path), Count: KindBranch().Count(File.ReadAllText(path))))
            .Where(f => f.Count > 0)
            .ToList();

        found.Where(f => PostKindBranches.GetValueOrDefault(f.Path).Count < f.Count)
            .Select(f => $"{f.Path}: {f.Count} post kind branches (allowed {PostKindBranches.GetValueOrDefault(f.Path).Count})")
            .ShouldBeEmpty("work on a Post or a PostView; branch only where the two tables really differ");
        PostKindBranches.Where(allowed => found.FirstOrDefault(f => f.Path == allowed.Key).Count < allowed.Value.Count)
            .Select(allowed => allowed.Key).ShouldBeEmpty("names a kind fewer times now: lower its count on the allow-list");
    }

    [Test]
    public void The_kind_branch_check_finds_a_branch() =>
        KindBranch().Count("kind == PostKind.Story ? a : b; PostKind.Reply => 1; PostKindText.Codes").ShouldBe(2);

    [GeneratedRegex(@"\bPostKind\.(Story|Reply)\b")]
    private static partial Regex KindBranch();

    /// <summary>
    /// No two moderation actions differ only by the kind of post: a verb that fits both kinds takes the kind from its
    /// route (/mod/{threads|replies}/{id}/remove), so the twin routes never come back.
    /// </summary>
    [Test]
    public void Moderation_has_one_action_per_verb_whatever_the_kind()
    {
        var routes = typeof(ModeratePostsController).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .SelectMany(action => action.GetCustomAttributes<HttpMethodAttribute>().Select(route => (Action: action.Name, Verb: Verb(route.Template!))))
            .ToList();

        routes.GroupBy(r => r.Verb).Where(g => g.Select(r => r.Action).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(r => r.Action))}")
            .ShouldBeEmpty("one action per verb, taking the kind from the route");
        routes.Select(r => r.Verb).ShouldContain("/mod/{kind}/{id}/remove");
    }

    /// <summary>A route with the kind, whether spelled out or taken from the route, written the same way.</summary>
    private static string Verb(string template) =>
        Regex.Replace(Regex.Replace(template, @"^/mod/(threads|replies|\{kind:postkinds\})/", "/mod/{kind}/"), @"\{id:long\}", "{id}");

    /// <summary>
    /// A refusal becomes an answer in one place (Forum.Web/Composing/Refusals.cs): no controller catches a domain
    /// rule, a moderation conflict or a spent budget itself.
    /// </summary>
    [Test]
    public void No_controller_keeps_its_own_catch_ladder()
    {
        SourceTree.Files("Forum.Web/Controllers", "*.cs")
            .Where(path => RefusalCatch().IsMatch(File.ReadAllText(path)))
            .Select(SourceTree.Relative)
            .ShouldBeEmpty("send the write through this.WriteOrShowAgainAsync or this.PressAsync (Refusals)");
    }

    [GeneratedRegex(@"catch\s*\(\s*(DomainRuleException|ModerationConflictException|LimitReachedException)\b")]
    private static partial Regex RefusalCatch();

    /// <summary>
    /// A note left across a redirect is read in one view, Views/Shared/_PageNote.cshtml (PageNotes), so no view knows
    /// another controller's TempData key. The layout asks its two helpers (CrisisCheck, NewNamePrompt), which own theirs.
    /// </summary>
    [Test]
    public void Only_the_page_note_partial_reads_temp_data()
    {
        var allowed = new Dictionary<string, int> { ["Forum.Web/Views/Shared/_PageNote.cshtml"] = 1, ["Forum.Web/Views/Shared/_Layout.cshtml"] = 2 };
        SourceTree.Files("Forum.Web/Views", "*.cshtml")
            .Select(path => (Path: SourceTree.Relative(path), Count: Regex.Count(File.ReadAllText(path), @"\bTempData\b")))
            .Where(f => f.Count > allowed.GetValueOrDefault(f.Path))
            .Select(f => $"{f.Path}: {f.Count}")
            .ShouldBeEmpty("leave a note with this.LeaveNote and show it with <partial name=\"_PageNote\" />");
        Regex.IsMatch(File.ReadAllText(Path.Combine(SourceTree.Root, "Forum.Web/Views/Shared/_Layout.cshtml")), @"TempData\[")
            .ShouldBeFalse("the layout reads no key itself");
    }

    /// <summary>
    /// The database alone counts replies and moves last activity (triggers, migrations 0018 and 0028): EF never sends
    /// the count, and never sends either again once a story is saved.
    /// </summary>
    [Test]
    public void Ef_never_writes_the_reply_count_or_last_activity_back()
    {
        using var db = new ForumDbContext(new DbContextOptionsBuilder<ForumDbContext>().UseNpgsql("Host=unused").Options);
        var story = db.Model.FindEntityType(typeof(Story))!;
        var count = story.FindProperty(nameof(Story.ReplyCount))!;
        var activity = story.FindProperty(nameof(Story.LastActivityAt))!;

        (count.GetBeforeSaveBehavior(), count.GetAfterSaveBehavior()).ShouldBe((PropertySaveBehavior.Ignore, PropertySaveBehavior.Ignore));
        activity.GetAfterSaveBehavior().ShouldBe(PropertySaveBehavior.Ignore);
        typeof(Story).GetMethods(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
            .Select(m => m.Name).ShouldNotContain("CountReply", "the entity no longer pretends to count");
    }
}
