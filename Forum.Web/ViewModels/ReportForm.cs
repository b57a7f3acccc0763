namespace Forum.Web.ViewModels;

/// <summary>What a reader sends to report a post: a category and, if they like, a few words.</summary>
public sealed class ReportForm
{
    public string? Category { get; set; }
    public string? Note { get; set; }
}
