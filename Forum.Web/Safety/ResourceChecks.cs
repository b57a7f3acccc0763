using System.Text.RegularExpressions;

namespace Forum.Web.Safety;

/// <summary>
/// The checks both directories share, collecting every problem with the configuration path and name of the entry
/// it is in ("Support:Entries:2 (Samaritans): ..."), so that a bad edit stops start-up with a message that says
/// exactly what to fix, rather than a help page with a broken number on it.
/// </summary>
internal sealed partial class ResourceChecks
{
    private const int TextMaxLength = 300;
    private readonly List<string> _failures = [];

    public void Require(string entry, string field, string value, int maxLength = 100)
    {
        if (string.IsNullOrWhiteSpace(value)) _failures.Add($"{entry}: {field} is missing.");
        else Text(entry, field, value, maxLength);
    }

    public void Text(string entry, string field, string value, int maxLength = TextMaxLength)
    {
        if (value.Length > maxLength) _failures.Add($"{entry}: {field} is longer than {maxLength} characters.");
        if (value.Any(char.IsControl)) _failures.Add($"{entry}: {field} contains control characters.");
    }

    public void Phone(string entry, string value)
    {
        if (value.Length > 0 && !PhonePattern().IsMatch(value))
            _failures.Add($"{entry}: Phone \"{value}\" is not a phone number (digits, spaces, - and brackets, after a + or * at most).");
    }

    public void Web(string entry, string value, bool required, string field = "Web")
    {
        if (value.Length == 0)
        {
            if (required) _failures.Add($"{entry}: {field} is missing.");
            return;
        }
        if (value.Length > 300 || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.UserInfo.Length > 0)
            _failures.Add($"{entry}: {field} \"{value}\" is not an https:// address.");
    }

    public void Fail(string message) => _failures.Add(message);

    public ValidateOptionsResult Result() =>
        _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);

    public static string Entry(string path, string name) => string.IsNullOrWhiteSpace(name) ? path : $"{path} ({name})";

    /// <summary>
    /// The number as a tel: link wants it: digits, after a leading plus, or a leading star (Chile's *4141 is dialled
    /// with it; without it the phone calls another number).
    /// </summary>
    public static string Dialable(string phone) =>
        (phone.StartsWith('+') || phone.StartsWith('*') ? phone[..1] : "") + new string(phone.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex(@"^[+*]?[0-9][0-9 ()\-]{1,28}$")]
    private static partial Regex PhonePattern();
}
