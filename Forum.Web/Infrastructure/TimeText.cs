using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Infrastructure;

/// <summary>
/// "3 hours ago" for people, with the exact moment kept in the datetime attribute for machines. Given the page's
/// localizer, the words are the reader's and the date is written their culture's way; without it, English written
/// the invariant way (the words a moderator's notice stores, which a page finds again by their exact text).
/// </summary>
public static class TimeText
{
    public static string Ago(DateTimeOffset then, DateTimeOffset now, IStringLocalizer? text = null)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => Say(text, "just now"),
            { TotalMinutes: < 2 } => Say(text, "a minute ago"),
            { TotalHours: < 1 } => Say(text, "{0} minutes ago", (int)elapsed.TotalMinutes),
            { TotalHours: < 2 } => Say(text, "an hour ago"),
            { TotalDays: < 1 } => Say(text, "{0} hours ago", (int)elapsed.TotalHours),
            { TotalDays: < 2 } => Say(text, "yesterday"),
            { TotalDays: < 30 } => Say(text, "{0} days ago", (int)elapsed.TotalDays),
            _ => then.UtcDateTime.ToString(Say(text, "d MMMM yyyy"), Culture(text)),
        };
    }

    /// <summary>Whether <see cref="Ago"/> gives a date (in UTC) rather than a span of time.</summary>
    public static bool IsDate(DateTimeOffset then, DateTimeOffset now) => (now - then).TotalDays >= 30;

    public static string Machine(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Exact(DateTimeOffset moment, IStringLocalizer? text = null) =>
        moment.UtcDateTime.ToString(Say(text, "d MMMM yyyy, HH:mm 'UTC'"), Culture(text));

    /// <summary>A day without a time (a check-in's), written with <paramref name="format"/> in the reader's language.</summary>
    public static string Day(DateOnly day, string format, IStringLocalizer? text = null) => day.ToString(Say(text, format), Culture(text));

    /// <summary>A number written the reader's way ("3.5", "3,5"), English as always.</summary>
    public static string Number(double value, string format, IStringLocalizer? text = null) => value.ToString(format, Culture(text));

    /// <summary>English is written the invariant way, so its words and dates stay exactly as they always were.</summary>
    private static CultureInfo Culture(IStringLocalizer? text) =>
        text is null || CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.Default ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;

    private static string Say(IStringLocalizer? text, string english, params object[] values) =>
        text is null ? string.Format(CultureInfo.InvariantCulture, english, values) : text[english, values].Value;
}
