using System.Globalization;
using System.Text.RegularExpressions;

namespace Forum.Web.Safety;

/// <summary>
/// Checked once at start-up (ValidateOnStart): a crisis page must never go out with a broken entry on it, so a bad
/// edit to the file stops the app with the entry's place and name ("Safety/crisis-lines.json: countries[12] (CL,
/// Chile): lines[0] (...): Phone ...").
/// </summary>
internal sealed partial class CrisisLinesValidation : IValidateOptions<CrisisLines>
{
    public ValidateOptionsResult Validate(string? name, CrisisLines options)
    {
        var checks = new ResourceChecks();
        var directory = ResourceChecks.Entry($"{CrisisLinesFile.Name}: directory", options.Directory.Name);
        CheckLine(checks, directory, options.Directory);
        checks.Web(directory, options.Directory.Web, required: true);
        if (options.Countries.Count == 0) checks.Fail($"{CrisisLinesFile.Name}: there are no countries, so /help would show only the directory.");

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Countries.Count; i++)
        {
            var country = options.Countries[i];
            var entry = ResourceChecks.Entry($"{CrisisLinesFile.Name}: countries[{i}]", $"{country.Code}, {country.Name}".Trim(' ', ','));
            if (!CountryCode().IsMatch(country.Code))
                checks.Fail($"{entry}: Code \"{country.Code}\" is not a country's two capital letters (ISO 3166-1, as in \"MX\").");
            else if (!codes.Add(country.Code))
                checks.Fail($"{entry}: Code \"{country.Code}\" is listed twice.");
            checks.Require(entry, "Name", country.Name, 60);
            checks.Require(entry, "Emergency", country.Emergency, 20);
            checks.Phone(entry, country.Emergency);
            if (country.Lines.Count == 0) checks.Fail($"{entry}: there are no lines.");
            for (var j = 0; j < country.Lines.Count; j++)
            {
                var line = country.Lines[j];
                var lineEntry = ResourceChecks.Entry($"{entry}: lines[{j}]", line.Name);
                CheckLine(checks, lineEntry, line);
                if (line.Phone.Length == 0 && line.Text.Length == 0 && line.Web.Length == 0)
                    checks.Fail($"{lineEntry}: give at least one way to reach it: Phone, Text or Web.");
            }
        }
        return checks.Result();
    }

    private static void CheckLine(ResourceChecks checks, string entry, HelpLine line)
    {
        checks.Require(entry, "Name", line.Name);
        checks.Phone(entry, line.Phone);
        checks.Text(entry, "Text", line.Text, 100);
        CheckSms(checks, entry, line);
        checks.Web(entry, line.Web, required: false);
        checks.Text(entry, "Hours", line.Hours, 60);
        foreach (var language in line.Languages.Where(l => !LanguageCode().IsMatch(l)))
            checks.Fail($"{entry}: Languages has \"{language}\", which is not a language's two small letters (ISO 639-1, as in \"es\").");
        CheckSource(checks, entry, line.Source);
        if (!DateOnly.TryParseExact(line.Checked, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            checks.Fail($"{entry}: Checked \"{line.Checked}\" is not the day it was checked (yyyy-MM-dd).");
    }

    /// <summary>Where the entry was checked: for the next person who checks it, never a link on a page, so an old http:// article will do.</summary>
    private static void CheckSource(ResourceChecks checks, string entry, string source)
    {
        if (source.Length == 0) checks.Fail($"{entry}: Source is missing: say where the line was checked.");
        else if (source.Length > 1000 || !Uri.TryCreate(source, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            checks.Fail($"{entry}: Source \"{source}\" is not a web address.");
    }

    /// <summary>The words say how to text it and the number makes the link: they must agree, or one tap texts the wrong number.</summary>
    private static void CheckSms(ResourceChecks checks, string entry, HelpLine line)
    {
        if (line.Sms.Length > 0 && !SmsNumber().IsMatch(line.Sms))
            checks.Fail($"{entry}: Sms \"{line.Sms}\" is not a number to text (digits only).");
        if (line.Text.Length == 0)
        {
            if (line.Sms.Length > 0) checks.Fail($"{entry}: Sms is given without Text, the words that say how to text it.");
            return;
        }
        var number = SmsLink.NumberIn(line.Text);
        if (number is null)
            checks.Fail($"{entry}: Text \"{line.Text}\" does not name a number to text (\"Text 988\", \"Text SHOUT to 85258\").");
        else if (number != line.Sms)
            checks.Fail($"{entry}: Text \"{line.Text}\" names another number than Sms \"{line.Sms}\".");
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex("^[0-9]{3,15}$")]
    private static partial Regex SmsNumber();
}
