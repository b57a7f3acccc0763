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
}
