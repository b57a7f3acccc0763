using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Forum.Web.Identity;

/// <summary>
/// The once-only prompt after a name was made without being chosen: what the name is, that a private window
/// loses it, and its recovery key. Carried across the redirect in TempData (an encrypted cookie that is read
/// once and deleted), and shown by the layout on whichever page the writer lands on.
/// </summary>
public static class NewNamePrompt
{
    /// <summary>TempData's cookie, which carries one note across a redirect; named plainly for /privacy.</summary>
    public const string TempDataCookie = "forum_notice";

    private const string NameKey = "new-name";
    private const string RecoveryKeyKey = "new-name-key";

    public static void Keep(this Controller controller, MintedName? minted)
    {
        if (minted is null) return;
        controller.TempData[NameKey] = minted.Pseudonym.Name;
        controller.TempData[RecoveryKeyKey] = minted.Key.ToString();
    }

    /// <summary>The prompt to show on this page, read once: a reload no longer shows the key.</summary>
    /// <remarks>
    /// Only a request that carries TempData's cookie reads it: reading loads TempData, and loaded TempData is saved
    /// as the response starts, which would give every page (an error page too) a Set-Cookie of its own.
    /// </remarks>
    public static (string Name, string Key)? Take(HttpRequest request, ITempDataDictionary tempData) =>
        request.Cookies.ContainsKey(TempDataCookie) && tempData[NameKey] is string name && tempData[RecoveryKeyKey] is string key
            ? (name, key)
            : null;

    /// <summary>The same prompt, in words, for a press answered in place by script.</summary>
    public static string InWords(string key) =>
        $"A private window forgets it when closed; this recovery key brings it back, and is shown only this once: {key}. Keep it somewhere safe, such as a password manager.";
}
