using System.Globalization;
using Forum.Domain.Progress;
using Microsoft.Extensions.Localization;

namespace Forum.Web.ViewModels;

/// <summary>One check-in on the chart: its day and mood, and where it is drawn.</summary>
public sealed record ChartPoint(DateOnly Day, int Mood, double X, double Y)
{
    public string XText => X.ToString("0.#", CultureInfo.InvariantCulture);
    public string YText => Y.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>
/// The last 90 days of check-ins as an SVG drawn on the server: one point per check-in, lines through days in a row, days
/// left to right and mood 5 at the top. The numbers are computed here so the view only writes them out, and a
/// sentence says the same for people who can't see the chart.
/// </summary>
public sealed record ProgressChart(IReadOnlyList<ChartPoint> Points, DateOnly From, DateOnly To)
{
    public const double Width = 540;
    public const double Height = 180;
    public const double Left = 28;
    public const double Top = 10;
    public const double PlotWidth = Width - Left - 10;
    public const double PlotHeight = Height - Top - 24;

    public static ProgressChart Draw(IReadOnlyList<CheckInView> checkIns, DateOnly today)
    {
        var from = today.AddDays(-CheckIn.DaysKept + 1);
        var points = checkIns
            .Where(c => c.Day >= from && c.Day <= today.AddDays(1))
            .OrderBy(c => c.Day)
            .Select(c => new ChartPoint(c.Day, c.Mood, XOf(c.Day, from), YOf(c.Mood)))
            .ToList();
        return new ProgressChart(points, from, today);
    }

    public static double XOf(DateOnly day, DateOnly from) =>
        Math.Round(Left + Math.Min(day.DayNumber - from.DayNumber, CheckIn.DaysKept - 1) * PlotWidth / (CheckIn.DaysKept - 1), 1);

    public static double YOf(int mood) => Math.Round(Top + (CheckIn.MaxMood - mood) * PlotHeight / (CheckIn.MaxMood - CheckIn.MinMood), 1);

    /// <summary>
    /// The line through the check-ins, broken where days are missing: a line across a gap would draw moods nobody
    /// checked in with. One polyline's points per run of two or more days in a row; a day alone is its point.
    /// </summary>
    public IReadOnlyList<string> Segments
    {
        get
        {
            var runs = new List<List<ChartPoint>>();
            foreach (var point in Points)
            {
                if (runs.Count == 0 || point.Day.DayNumber - runs[^1][^1].Day.DayNumber > 1) runs.Add([]);
                runs[^1].Add(point);
            }
            return runs.Where(r => r.Count > 1).Select(r => string.Join(" ", r.Select(p => $"{p.XText},{p.YText}"))).ToList();
        }
    }

    /// <summary>What the chart shows, in a sentence, in the reader's language.</summary>
    public string Summary(IStringLocalizer text)
    {
        if (Points.Count == 0) return text["No check-ins in the last 90 days yet."];
        var average = TimeText.Number(Points.Average(p => p.Mood), "0.0", text);
        var latest = Points[^1];
        var days = Points.Count == 1
            ? text["1 check-in in the last 90 days, with an average mood of {0} out of 5.", average]
            : text["{0} check-ins in the last 90 days, with an average mood of {1} out of 5.", Points.Count, average];
        return days + " " + text["The most recent, on {0}, was {1} out of 5.", TimeText.Day(latest.Day, "d MMMM", text), latest.Mood];
    }
}
