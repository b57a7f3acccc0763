using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Infrastructure;

/// <summary>
/// The words around "this feels familiar", in one place so that the page and the in-place update say the same
/// thing. A count in words, never a bare number that reads like a score; nothing at all when nobody has yet.
/// </summary>
public static class FamiliarText
{
    public const string Button = "This feels familiar";

    public const string BeforeFirstUse =
        "Pressing “This feels familiar” gives you a random name here, kept in this browser. We keep no email, phone number or IP address.";

    /// <summary>The number written the reader's way ("1,234", "1.234"); English as it always was.</summary>
    public static string Count(int count, IStringLocalizer text) => count switch
    {
        <= 0 => "",
        1 => text["1 person found this familiar"],
        _ => text["{0} people found this familiar", count.ToString("N0", NumberCulture)],
    };

    /// <summary>The note after a press made a name; {0} is the name. Also left across a redirect (PageNotes).</summary>
    public const string NewNameSentence = "You're now {0} here: a random name we made for you, kept in this browser.";

    public static string NewName(string name, IStringLocalizer text) => text[NewNameSentence, name];

    /// <summary>What a screen reader hears after a press, since the page does not reload to tell them.</summary>
    public static string Announcement(bool reacted, int count, IStringLocalizer text) => (reacted, count) switch
    {
        (true, 1) => text["Noted. You're the first to find this familiar."],
        (true, _) => text["Noted. {0}, you included.", Count(count, text)],
        (false, 0) => text["Taken back."],
        (false, _) => text["Taken back. {0}.", Count(count, text)],
    };

    private static CultureInfo NumberCulture =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;
}
