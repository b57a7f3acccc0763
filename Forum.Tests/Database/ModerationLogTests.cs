using Microsoft.Extensions.Time.Testing;
using Forum.Data;
using Forum.Data.Moderation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Tests.Database;

/// <summary>The log is append-only, is written with the action in one transaction, and forgets a burned pseudonym.</summary>
[Category("Database")]
public sealed class ModerationLogTests
{
    private string _connectionString = "";
    private readonly FakeTimeProvider _clock = new(Builders.Now);

    [SetUp]
    public async Task CreateDatabase() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    private ForumDbContext Context() => TestPostgres.CreateContext(_connectionString);

    private async Task<int> AddModeratorAsync()
    {
        await using var db = Context();
        var moderator = Moderator.Create($"Mod {Guid.NewGuid():N}"[..20], ModeratorRole.Moderator, "hash", _clock.GetUtcNow());
        db.Moderators.Add(moderator);
        await db.SaveChangesAsync();
        return moderator.Id;
    }

    private async Task<Guid> AddPseudonymAsync()
    {
        await using var db = Context();
        var pseudonym = Pseudonym.Create(PseudonymNameGenerator.Next(), PseudonymSecret.New(), _clock.GetUtcNow());
        db.Pseudonyms.Add(pseudonym);
        await db.SaveChangesAsync();
        return pseudonym.Id;
    }

    private async Task<long> BanAsync(int moderatorId, Guid pseudonymId)
    {
        await using var db = Context();
        var pseudonym = await db.Pseudonyms.SingleAsync(p => p.Id == pseudonymId);
        pseudonym.Ban(_clock.GetUtcNow(), until: null);
        var entry = ModerationLogEntry.Record(moderatorId, ModerationActions.BanPseudonym, ModerationTarget.Pseudonym(pseudonymId),
            ModerationReason.From("Repeated spam links"), _clock.GetUtcNow(), "for good");
        await db.SaveWithLogAsync(entry, CancellationToken.None);
        return entry.Id;
    }

    [Test]
    public async Task The_log_refuses_updates_and_deletes()
    {
        var entryId = await BanAsync(await AddModeratorAsync(), await AddPseudonymAsync());

        await using var db = Context();
        var update = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE moderation_log SET reason = 'nothing to see' WHERE id = {entryId}"));
        update.MessageText.ShouldContain("append-only");
        await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM moderation_log WHERE id = {entryId}"));
        (await db.ModerationLog.SingleAsync(e => e.Id == entryId)).Reason.ShouldBe("Repeated spam links");
    }

    [Test]
    public async Task A_burned_pseudonym_leaves_the_log_entry_but_nothing_that_points_at_it()
    {
        var pseudonymId = await AddPseudonymAsync();
        var entryId = await BanAsync(await AddModeratorAsync(), pseudonymId);

        await using var db = Context();
        await db.Pseudonyms.Where(p => p.Id == pseudonymId).ExecuteDeleteAsync();

        var entry = await db.ModerationLog.SingleAsync(e => e.Id == entryId);
        entry.PseudonymId.ShouldBeNull();
        entry.Action.ShouldBe(ModerationActions.BanPseudonym);
        entry.Reason.ShouldBe("Repeated spam links");
        var line = (await new ModerationLogReader(db).PageAsync(null, CancellationToken.None)).Items.Single();
        line.PseudonymForgotten.ShouldBeTrue();
        line.PseudonymName.ShouldBeNull();
    }

    [Test]
    public async Task Two_moderators_acting_on_what_they_saw_the_second_gets_a_conflict_and_no_log_row()
    {
        var moderatorId = await AddModeratorAsync();
        var pseudonymId = await AddPseudonymAsync();
        await using var first = Context();
        await using var second = Context();
        var seenByFirst = await first.Pseudonyms.SingleAsync(p => p.Id == pseudonymId);
        var seenBySecond = await second.Pseudonyms.SingleAsync(p => p.Id == pseudonymId);

        seenByFirst.Ban(_clock.GetUtcNow(), _clock.GetUtcNow().AddDays(7));
        await first.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId, ModerationActions.BanPseudonym,
            ModerationTarget.Pseudonym(pseudonymId), ModerationReason.From("a week off"), _clock.GetUtcNow()), CancellationToken.None);
        seenBySecond.Ban(_clock.GetUtcNow(), null);
        await Should.ThrowAsync<ModerationConflictException>(() => second.SaveWithLogAsync(ModerationLogEntry.Record(moderatorId,
            ModerationActions.BanPseudonym, ModerationTarget.Pseudonym(pseudonymId), ModerationReason.From("for good"), _clock.GetUtcNow()), CancellationToken.None));

        await using var check = Context();
        (await check.Pseudonyms.SingleAsync(p => p.Id == pseudonymId)).BannedUntil.ShouldBe(_clock.GetUtcNow().AddDays(7));
        (await check.ModerationLog.CountAsync()).ShouldBe(1);
    }
}
