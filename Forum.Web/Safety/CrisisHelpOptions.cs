namespace Forum.Web.Safety;

/// <summary>The "CrisisHelp" configuration section: crisis lines, a directory for everywhere else, and the danger phrases.</summary>
public sealed class CrisisHelpOptions
{
    public const string Section = "CrisisHelp";

    public List<HelpLine> Lines { get; set; } = [];

    /// <summary>An international directory, for readers in a country the lines don't cover.</summary>
    public HelpLine Directory { get; set; } = new();

    /// <summary>Phrases that show a writer the crisis lines before their post goes out (see <see cref="Forum.Domain.Safety.DangerPhrases"/>).</summary>
    public List<string> DangerPhrases { get; set; } = [];

    /// <summary>The countries the lines name, in the order they are listed: what a moderator chooses from for a notice.</summary>
    public IReadOnlyList<string> Countries() =>
        Lines.Select(l => l.Country).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The lines of one country and the directory for everywhere else, for a moderator's notice. A country the
    /// configuration no longer names (it changed since the notice was sent) still gets every line: a person a
    /// moderator worried about should never be shown an empty list.
    /// </summary>
    public CrisisHelpOptions ForCountry(string country)
    {
        var lines = Lines.Where(l => l.Country == country).ToList();
        return new CrisisHelpOptions { Lines = lines.Count > 0 ? lines : Lines, Directory = Directory };
    }
}
