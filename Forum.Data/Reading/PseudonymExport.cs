using Microsoft.EntityFrameworkCore;

namespace Forum.Data.Reading;

/// <summary>
/// Everything one pseudonym wrote, gathered for its owner to download as JSON. Each section is one query; a
/// feature that keeps more private data for a pseudonym adds one entry to <see cref="Sections"/>.
/// </summary>
public sealed class PseudonymExport(ForumDbContext db)
{
    private IEnumerable<(string Name, Func<Guid, CancellationToken, Task<object>> Read)> Sections =>
    [
        ("pseudonym", async (id, ct) => await db.Pseudonyms.Where(p => p.Id == id)
            .Select(p => new { p.Name, p.CreatedAt, hasRecoveryKey = p.RecoveryHash != null }).SingleAsync(ct)),
        ("stories", async (id, ct) => await db.Stories.WrittenBy([id]).OrderBy(t => t.Id)
            .Select(t => new { t.Id, room = t.Room!.Slug, t.Title, markdown = t.BodySource, t.CreatedAt, t.EditedAt, removedByModerators = t.RemovedAt != null })
            .ToListAsync(ct)),
        ("replies", async (id, ct) => await db.Replies.WrittenBy([id]).OrderBy(r => r.Id)
            .Select(r => new { r.Id, storyId = r.StoryId, markdown = r.BodySource, r.CreatedAt, r.EditedAt, removedByModerators = r.RemovedAt != null })
            .ToListAsync(ct)),
        ("foundFamiliar", async (id, ct) => (await db.Reactions.Where(r => r.PseudonymId == id && r.Kind == ReactionKind.Familiar)
            .Select(r => new { r.PostKind, r.PostId }).ToListAsync(ct))
            .Select(r => new { post = PostKindText.Codes.Of(r.PostKind), id = r.PostId }).ToList()),
        ("following", async (id, ct) => await db.Follows.Where(f => f.PseudonymId == id).OrderBy(f => f.StoryId)
            .Select(f => new { storyId = f.StoryId }).ToListAsync(ct)),
        ("moderatorNotices", async (id, ct) => (await db.ModeratorNotices.Where(n => n.PseudonymId == id).OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.Body, n.CrisisCountry, n.CreatedAt, n.ReadAt }).ToListAsync(ct))
            .Select(n => new { kind = NoticeKindText.Codes.Of(n.Kind), message = n.Body, crisisLinesFor = n.CrisisCountry, sent = n.CreatedAt, read = n.ReadAt }).ToList()),
        ("progress", async (id, ct) => new
        {
            milestone = await db.Milestones.Where(m => m.PseudonymId == id)
                .Select(m => new { m.Label, m.StartedOn, m.ShowOnPosts, earlierStretches = m.Stretches.OrderBy(s => s.StartedOn).Select(s => new { s.StartedOn, s.EndedOn }).ToList() })
                .SingleOrDefaultAsync(ct),
            checkIns = await db.CheckIns.Where(c => c.PseudonymId == id).OrderBy(c => c.Day).Select(c => new { c.Day, c.Mood, c.Note }).ToListAsync(ct),
        }),
    ];

    public async Task<Dictionary<string, object>> GatherAsync(Guid pseudonymId, CancellationToken cancellationToken)
    {
        var export = new Dictionary<string, object>();
        foreach (var (name, read) in Sections) export[name] = await read(pseudonymId, cancellationToken);
        return export;
    }
}
