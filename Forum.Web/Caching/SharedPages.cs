namespace Forum.Web.Caching;

/// <summary>
/// Which pages may be the same for many readers. A reader who holds no forum cookie sees nothing of their own: no
/// name, no token, no folded warnings of their choosing. Their copy of home, a room, a story or a feed can be kept
/// and handed to the next such reader. Anyone holding a forum cookie gets a page made for them, never a kept one.
/// </summary>
public static class SharedPages
{
    /// <summary>The output-cache policy on the pages that can be shared (home, rooms, stories, feeds).</summary>
    public const string Policy = "SharedPages";

    /// <summary>The one tag every kept page carries; every write that changes what readers see evicts it.</summary>
    public const string Tag = "pages";

    /// <summary>Every cookie the forum sets starts so (forum_pseudonym, forum_form, forum_mod, forum_warnings, …).</summary>
    public const string CookiePrefix = "forum_";

    /// <summary>
    /// A story's page with this in its query is made for one reader: its forms carry a token. It is the no-JavaScript
    /// way to write or react from a page that was kept for everyone.
    /// </summary>
    public const string WriteQuery = "write";

    /// <summary>How long a kept page may live without an eviction: "3 minutes ago" should not grow stale for long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    /// <summary>What a shared cache (a proxy, the browser) may keep a shared page for; our own cache is evicted at once.</summary>
    public const int PublicMaxAgeSeconds = 15;

    /// <summary>
    /// The query keys a shared page may have; anything else is not looked up, so junk queries can't fill the cache.
    /// A value the page refuses (a cursor or a room's sort that isn't one) is a 400, which is never kept.
    /// </summary>
    public static readonly IReadOnlySet<string> QueryKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "after", "sort" };

    /// <summary>
    /// The language cookie doesn't count: a page in Spanish is the same for every Spanish reader, and the kept copy
    /// varies by language (<see cref="SharedPagePolicy"/>).
    /// </summary>
    public static bool HoldsForumCookie(HttpRequest request) =>
        request.Cookies.Keys.Any(name => name.StartsWith(CookiePrefix, StringComparison.Ordinal) && name != Languages.CookieName);

    /// <summary>What a kept page varies by besides its address: the reader's language, and their region's dates and numbers.</summary>
    public static string Culture => $"{System.Globalization.CultureInfo.CurrentUICulture.Name}/{System.Globalization.CultureInfo.CurrentCulture.Name}";

    /// <summary>
    /// True when this page may go to other readers too, so it must carry nothing of this one's: forms on it have no
    /// antiforgery token or submission key (js/forms.js fetches them when the reader starts writing).
    /// </summary>
    public static bool IsShared(HttpRequest request) =>
        !HoldsForumCookie(request) && !request.Query.ContainsKey(WriteQuery);
}
