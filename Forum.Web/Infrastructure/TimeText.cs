using System.Globalization;

namespace Forum.Web.Infrastructure;

/// <summary>"3 hours ago" for people, with the exact moment kept in the datetime attribute for machines.</summary>
public static class TimeText
{
    public static string Ago(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        return elapsed switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalMinutes: < 2 } => "a minute ago",
            { TotalHours: < 1 } => $"{(int)elapsed.TotalMinutes} minutes ago",
            { TotalHours: < 2 } => "an hour ago",
            { TotalDays: < 1 } => $"{(int)elapsed.TotalHours} hours ago",
            { TotalDays: < 2 } => "yesterday",
            { TotalDays: < 30 } => $"{(int)elapsed.TotalDays} days ago",
            _ => then.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Whether <see cref="Ago"/> gives a date (in UTC) rather than a span of time.</summary>
    public static bool IsDate(DateTimeOffset then, DateTimeOffset now) => (now - then).TotalDays >= 30;

    public static string Machine(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Exact(DateTimeOffset moment) => moment.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
