using System.Globalization;

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

    public static string Count(int count) => count switch
    {
        <= 0 => "",
        1 => "1 person found this familiar",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count:N0} people found this familiar"),
    };

    public static string NewName(string name) =>
        $"You're now {name} here: a random name we made for you, kept in this browser.";

    /// <summary>What a screen reader hears after a press, since the page does not reload to tell them.</summary>
    public static string Announcement(bool reacted, int count) => (reacted, count) switch
    {
        (true, 1) => "Noted. You're the first to find this familiar.",
        (true, _) => $"Noted. {Count(count)}, you included.",
        (false, 0) => "Taken back.",
        (false, _) => $"Taken back. {Count(count)}.",
    };
}
