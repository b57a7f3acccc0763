namespace Forum.Web.Safety;

/// <summary>The "Support" configuration section: the professional help directory on /support.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    public List<SupportEntry> Entries { get; set; } = [];
}
