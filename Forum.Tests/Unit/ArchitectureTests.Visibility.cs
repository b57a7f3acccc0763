using System.Text.RegularExpressions;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Unit;

public sealed partial class ArchitectureTests
{
    /// <summary>
    /// Files that still spell out a removed, held or deleted check, with how many, and why it is not a visibility rule.
    /// Everything else asks <c>PostVisibility</c> (docs/decisions/0003-visibility-vocabulary.md).
    /// </summary>
    private static readonly Dictionary<string, (int Count, string Why)> HandWrittenVisibility = new()
    {
        ["Forum.Data/Reading/PostVisibility.cs"] = (27, "the one home of the rules"),
        ["Forum.Data/Configurations/PostColumns.cs"] = (7, "the generated is_public column and the partial indexes behind the rules"),
        ["Forum.Data/Configurations/StoryConfiguration.cs"] = (10, "partial indexes' filters, which must match the rules' SQL word for word"),
        ["Forum.Data/Reading/Search/SearchReader.cs"] = (8, "raw SQL for full-text search, spelling out Listed()"),
        ["Forum.Data/Writing/StoryWriter.cs"] = (3, "raw SQL re-checking, under a row lock, that the story is still open for a reply; a removed reply is no repeat of a resend"),
        ["Forum.Data/Reading/StoryPageQueries.cs"] = (6, "what a reply in place shows (its words, or a notice) and the flags the page marks it with"),
        ["Forum.Data/Reading/PseudonymExport.cs"] = (2, "the export tells a writer which of their posts the moderators removed"),
        ["Forum.Data/Reading/MePage.cs"] = (1, "a writer's own post tells them it was removed"),
        ["Forum.Web/Views/ModeratePosts/Post.cshtml"] = (4, "the moderators' page names the state a post is in, to offer the actions that fit it"),
        ["Forum.Web/Controllers/ModerationController.cs"] = (1, "a moderator's own removal from the team, not a post's"),
        ["Forum.Web/Moderation/ModeratorSessions.cs"] = (1, "a moderator's own removal from the team, not a post's"),
        ["Forum.Web/Moderation/ModeratorAccounts.cs"] = (2, "a moderator's own removal from the team, not a post's"),
    };

    [Test]
    public void Who_may_see_a_post_is_written_only_in_post_visibility()
    {
        var found = SourceTree.Files("Forum.Data", "*.cs").Concat(SourceTree.Files("Forum.Web", "*.cs")).Concat(SourceTree.Files("Forum.Web", "*.cshtml"))
            .Select(path => (Path: SourceTree.Relative(path), Count: VisibilityCheck().Count(File.ReadAllText(path))))
            .Where(f => f.Count > 0)
            .ToList();

        found.Where(f => HandWrittenVisibility.GetValueOrDefault(f.Path).Count < f.Count)
            .Select(f => $"{f.Path}: {f.Count} hand-written removed/held/deleted checks (allowed {HandWrittenVisibility.GetValueOrDefault(f.Path).Count})")
            .ShouldBeEmpty("ask PostVisibility (VisibleTo, InPlaceFor, OpenTo, Listed, ...) instead of spelling out the columns");
        HandWrittenVisibility.Where(allowed => found.FirstOrDefault(f => f.Path == allowed.Key).Count < allowed.Value.Count)
            .Select(allowed => allowed.Key).ShouldBeEmpty("has fewer hand-written checks now: lower its count on the allow-list");
    }

    [Test]
    public void The_visibility_check_finds_a_hand_written_predicate() =>
        VisibilityCheck().Count("db.Stories.Where(t => t.RemovedAt == null && t.HeldAt is null && t.IsPublic || r.is_public AND r.deleted_at IS NULL)").ShouldBe(5);

    /// <summary>The columns compared with null (in C# or SQL), or the generated column used in a condition.</summary>
    [GeneratedRegex(@"\b(RemovedAt|HeldAt|DeletedAt)\s*(==|!=)\s*null|\b(RemovedAt|HeldAt|DeletedAt)\s+is\s+(not\s+)?null|(&&|\|\||!|=>)\s*[a-z]\w*\.IsPublic\b|\.IsPublic\s*(&&|\|\|)|IsPublic:\s*(true|false)|\b(removed_at|held_at|deleted_at)\s+IS\s+(NOT\s+)?NULL|\bis_public\b")]
    private static partial Regex VisibilityCheck();
}
