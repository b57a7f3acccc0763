namespace Forum.Web.Infrastructure;

/// <summary>
/// Whether this browser may keep what someone is writing: drafts in its local storage as they type, and a
/// preview in its cache so that Back returns to it. On unless they switch it off at /preferences (someone who
/// shares a device may not want their words to stay on it). The cookie holds no more than "off".
/// </summary>
public static class DraftsOnDevice
{
    public const string CookieName = "forum_drafts";
    private const string Off = "off";

    /// <summary>How long Back can bring a preview back from the browser's own cache.</summary>
    private static readonly TimeSpan PreviewKept = TimeSpan.FromMinutes(30);

    public static bool AreKept(HttpRequest request) => request.Cookies[CookieName] != Off;

    /// <summary>
    /// Whose a draft is, as the composer tells drafts.js: a draft is offered back only to the name that typed it, and
    /// goes when that name is burned. A hash of the name's id, so the device's storage names nobody; "" for no name.
    /// </summary>
    public static string Owner(Guid? pseudonymId) =>
        pseudonymId is { } id ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(id.ToByteArray()))[..16] : "";

    public static void Set(HttpContext context, bool kept) => KeptCookie.Write(context, CookieName, kept ? null : Off);

    /// <summary>
    /// A preview answers a POST, and Chromium shows "Confirm Form Resubmission" (ERR_CACHE_MISS) on Back unless that
    /// answer is in its cache. So the preview may be kept by this browser only ("private"), never by anything between.
    /// Antiforgery and PageCaching mark every page for one reader "no-store"; PageCaching asks here last. The cache
    /// key of a POST includes that submission, so each form's preview is kept apart.
    /// </summary>
    public static void KeepPreviewForBack(HttpContext context)
    {
        if (AreKept(context.Request)) context.Items[PreviewKeptKey] = true;
    }

    /// <summary>What Caching/PageCaching, which has the last word on every page's headers, sends for a kept preview.</summary>
    public static string? PreviewCacheControl(HttpContext context) =>
        context.Items.ContainsKey(PreviewKeptKey) ? $"private, max-age={(int)PreviewKept.TotalSeconds}" : null;

    private static readonly object PreviewKeptKey = new();
}
