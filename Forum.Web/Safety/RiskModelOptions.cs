using System.ComponentModel.DataAnnotations;

namespace Forum.Web.Safety;

/// <summary>
/// <c>Safety:RiskModel</c>: whether the risk detector uses its sentence-embedding model. On (the default), a node
/// loads the model the first time a post has distress cues and holds ~300 MiB more; off, on small hosts, the patterns
/// alone decide (they catch fewer of the indirect ways people say it).
/// </summary>
public sealed class RiskModelOptions
{
    public const string Section = "Safety:RiskModel";

    [Required]
    public bool? Enabled { get; set; } = true;
}
