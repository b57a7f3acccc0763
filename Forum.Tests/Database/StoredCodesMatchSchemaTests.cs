using Forum.Domain.Reactions;
using System.Text.RegularExpressions;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>
/// Each stored enum's CHECK list in the migrations names exactly the codes its StoredCodes table spells: a member
/// added in C# without a migration, or a code renamed on one side, fails here rather than on someone's post.
/// </summary>
[Category("Database")]
public sealed partial class StoredCodesMatchSchemaTests
{
    private static IEnumerable<TestCaseData> Constraints()
    {
        yield return new TestCaseData("ck_reactions_post_kind", PostKindText.Codes.Codes).SetName("reactions.post_kind");
        yield return new TestCaseData("ck_reactions_kind", ReactionKindText.Codes.Codes).SetName("reactions.kind");
        yield return new TestCaseData("ck_moderators_role", ModeratorRoleText.Codes.Codes).SetName("moderators.role");
        yield return new TestCaseData("ck_pseudonyms_badge", VerifiedBadgeText.Codes.Codes).SetName("pseudonyms.badge");
        yield return new TestCaseData("ck_reports_category", ReportCategoryText.Codes.Codes).SetName("reports.category");
        yield return new TestCaseData("ck_moderator_notices_kind", NoticeKindText.Codes.Codes).SetName("moderator_notices.kind");
        foreach (var table in new[] { "threads", "replies" })
        {
            yield return new TestCaseData($"ck_{table}_content_warnings", ContentWarningText.Codes.Codes).SetName($"{table}.content_warnings");
            yield return new TestCaseData($"ck_{table}_moderator_content_warnings", ContentWarningText.Codes.Codes).SetName($"{table}.moderator_content_warnings");
        }
    }

    [TestCaseSource(nameof(Constraints))]
    public async Task The_check_list_names_exactly_the_codes(string constraint, IReadOnlyList<string> codes)
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = @name", connection);
        command.Parameters.AddWithValue("name", constraint);
        var definition = (string?)await command.ExecuteScalarAsync();

        definition.ShouldNotBeNull($"{constraint} exists");
        Quoted().Matches(definition).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)
            .ShouldBe(codes.Order(StringComparer.Ordinal), $"{constraint}: {definition}");
    }

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
