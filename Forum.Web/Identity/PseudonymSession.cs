using Forum.Data;
using Forum.Domain.Pseudonyms;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Identity;

/// <summary>
/// The pseudonym this browser writes as, if any. The cookie holds the pseudonym's id and its secret; the
/// database holds only the secret's hash. A cookie that is forged, stale or malformed is simply no pseudonym:
/// reading goes on as before.
/// </summary>
public sealed class PseudonymSession(IHttpContextAccessor http, ForumDbContext db, TimeProvider clock)
{
    public const string CookieName = "forum_pseudonym";

    // Browsers cap cookie lifetimes at about 400 days; the pseudonym lasts as long as the browser keeps it.
    private static readonly TimeSpan CookieLifetime = TimeSpan.FromDays(400);

    private bool _loaded;
    private Pseudonym? _current;
    private PseudonymSecret? _newSecret;

    private HttpContext Context => http.HttpContext ?? throw new InvalidOperationException("No request in progress.");

    public bool HasCookie => Context.Request.Cookies.ContainsKey(CookieName);

    public async Task<Pseudonym?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded) return _current;
        _loaded = true;
        if (!TryReadCookie(Context.Request.Cookies[CookieName], out var id, out var secret)) return null;
        var pseudonym = await db.Pseudonyms.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        _current = pseudonym is not null && pseudonym.IsHeldBy(secret) ? pseudonym : null;
        return _current;
    }

    /// <summary>
    /// The current pseudonym, or a new one that is not saved yet: it is saved with the post that needs it, and
    /// the browser is given its cookie only once that save has succeeded (<see cref="RememberIfNew"/>).
    /// </summary>
    public async Task<Pseudonym> CurrentOrNewAsync(CancellationToken cancellationToken = default)
    {
        if (await CurrentAsync(cancellationToken) is { } current) return current;
        _newSecret = PseudonymSecret.New();
        _current = Pseudonym.Create(PseudonymNameGenerator.Next(), _newSecret, clock.GetUtcNow());
        return _current;
    }

    /// <returns>The pseudonym just given to this browser, so the page can say so; null when it already had one.</returns>
    public Pseudonym? RememberIfNew()
    {
        if (_newSecret is null || _current is null) return null;
        Context.Response.Cookies.Append(CookieName, $"{_current.Id:N}.{_newSecret}", new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = Context.Request.IsHttps,
            IsEssential = true,
            MaxAge = CookieLifetime,
            Path = "/",
        });
        _newSecret = null;
        return _current;
    }

    private static bool TryReadCookie(string? value, out Guid id, out PseudonymSecret secret)
    {
        id = Guid.Empty;
        secret = null!;
        if (string.IsNullOrEmpty(value) || value.Length > 100) return false;
        var dot = value.IndexOf('.');
        return dot > 0
               && Guid.TryParseExact(value[..dot], "N", out id)
               && PseudonymSecret.TryParse(value[(dot + 1)..], out secret);
    }
}
