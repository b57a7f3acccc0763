namespace Forum.Web.Safety;

/// <summary>The "CrisisHelp" configuration section: the danger phrases. The crisis lines live in <see cref="CrisisLinesFile"/>.</summary>
public sealed class CrisisHelpOptions
{
    public const string Section = "CrisisHelp";

    /// <summary>Phrases that show a writer the crisis lines before their post goes out (see <see cref="Forum.Domain.Safety.DangerPhrases"/>).</summary>
    public List<string> DangerPhrases { get; set; } = [];
}
