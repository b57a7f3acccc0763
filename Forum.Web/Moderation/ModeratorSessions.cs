using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Moderation;

/// <summary>
/// Checks on each request that a moderator's session still carries the account's current security stamp, so that
/// signing out, a role change or removal ends every session everywhere. The stamp is cached for
/// <see cref="CacheFor"/> so that moderator pages do not each pay a query; a change is seen at once on every node
/// (<see cref="ModeratorChangesListener"/>), and within that time if a node can't hear the database's notices.
/// </summary>
public sealed class ModeratorSessions(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string StampClaim = "forum:stamp";
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, (Guid? Stamp, DateTimeOffset Until)> _cache = new();

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            || !Guid.TryParse(principal.FindFirstValue(StampClaim), out var stamp))
        {
            await RejectAsync(context);
            return;
        }
        Guid? current;
        try
        {
            current = await CurrentStampAsync(id, context.HttpContext.RequestAborted);
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            // The stamp cannot be checked, but nothing can be read or changed without the database either: the
            // session stands for this request, so help pages render and moderator pages say to try again shortly.
            return;
        }
        if (current != stamp) await RejectAsync(context);
    }

    /// <summary>Drops what this node remembers of an account, after a change to it here or a notice from another node.</summary>
    public void Forget(int moderatorId) => _cache.TryRemove(moderatorId, out _);

    /// <summary>Drops everything remembered, when notices may have been missed.</summary>
    public void ForgetAll() => _cache.Clear();

    private async Task<Guid?> CurrentStampAsync(int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(id, out var cached) && cached.Until > now) return cached.Stamp;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var stamp = await db.Moderators.Where(m => m.Id == id && m.RemovedAt == null)
            .Select(m => (Guid?)m.SecurityStamp).SingleOrDefaultAsync(cancellationToken);
        _cache[id] = (stamp, now + CacheFor);
        return stamp;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(ModerationPolicies.Scheme);
    }
}
