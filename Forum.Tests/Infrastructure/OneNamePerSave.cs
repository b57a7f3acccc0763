using Forum.Domain.Pseudonyms;
using Forum.Web.Moderation;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// The architecture rule "no request writes rows of more than one name", checked on every save of every web test:
/// rows saved together share a transaction id (<c>xmin</c>) and sit side by side on the heap, so one save that
/// touches two names a browser holds tells anyone with a copy of the database that they are one person's. A save
/// in a reader's request whose added, changed or deleted rows belong to two or more pseudonyms (the pseudonym row
/// itself, or any row with a <c>PseudonymId</c>) throws, so the test that drives the new request fails. Moderators'
/// requests act on other people's names and are not a browser's names; work outside a request (verbs, retention) is
/// not checked. Bulk statements (<c>ExecuteUpdate</c>) bypass this check; they are few and name one pseudonym each.
/// </summary>
public sealed class OneNamePerSave : SaveChangesInterceptor
{
    // HttpContextAccessor keeps the request in a static AsyncLocal: any instance sees the request in flight.
    private static readonly HttpContextAccessor Requests = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>The pseudonyms whose rows this save writes.</summary>
    public static IReadOnlySet<Guid> NamesWritten(DbContext context) => context.ChangeTracker.Entries()
        .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
        .Select(e => e.Entity is Pseudonym p ? p.Id
            : e.Metadata.FindProperty("PseudonymId") is { } property ? e.Property(property.Name).CurrentValue as Guid? : null)
        .OfType<Guid>()
        .ToHashSet();

    private static void Check(DbContext? context)
    {
        if (context is null || Requests.HttpContext is not { } request || request.User.IsModerator()) return;
        var names = NamesWritten(context);
        if (names.Count > 1)
            throw new InvalidOperationException(
                $"{request.Request.Method} {request.Request.Path} writes rows of {names.Count} names in one save; write one name per request.");
    }
}
