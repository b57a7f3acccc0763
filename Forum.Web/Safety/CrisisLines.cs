namespace Forum.Web.Safety;

/// <summary>
/// Every crisis line the forum shows, read once at start-up from Safety/crisis-lines.json (shipped inside the app:
/// the one home of the lines, each with where it was checked and when) and checked by <see cref="CrisisLinesValidation"/>.
/// </summary>
public sealed class CrisisLines
{
    /// <summary>What a choice of "somewhere else" is called, in the reader's cookie and in a moderator's notice.</summary>
    public const string Everywhere = "everywhere";

    /// <summary>The international directory, shown on every page that shows lines, whatever the country.</summary>
    public HelpLine Directory { get; set; } = new();

    /// <summary>In the order the file lists them: the order of the lists and the short list.</summary>
    public List<CrisisCountry> Countries { get; set; } = [];

    public CrisisCountry? Find(string? code) =>
        string.IsNullOrEmpty(code) ? null : Countries.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a moderator's notice may name this: a country's code, or <see cref="Everywhere"/>.</summary>
    public bool IsNoticeChoice(string choice) => choice == Everywhere || Find(choice) is not null;

    /// <summary>
    /// The lines under a moderator's notice: the country it names, with the directory. Notices sent before the lines
    /// moved here name a country by its name ("United States"); a name the file no longer has gets the directory,
    /// so a person a moderator worried about never sees an empty list.
    /// </summary>
    public CrisisLinesView ForNotice(string choice)
    {
        var country = Find(choice) ?? Countries.FirstOrDefault(c => string.Equals(c.Name, choice, StringComparison.OrdinalIgnoreCase));
        return new CrisisLinesView(this, country, Shown: [], Folded: []);
    }
}

/// <summary>
/// What one page shows, in its order: the reader's country (its emergency number, then its lines), the international
/// directory always, then <paramref name="Shown"/> in full and <paramref name="Folded"/> folded, one country each.
/// </summary>
public sealed record CrisisLinesView(CrisisLines All, CrisisCountry? Country, IReadOnlyList<CrisisCountry> Shown, IReadOnlyList<CrisisCountry> Folded);

/// <summary>One line as a list shows it: where it answers, and the country's emergency number when the list is a short one.</summary>
public sealed record CrisisLineItem(string Place, HelpLine Line, string? Emergency);
