namespace Forum.Web.Forms;

/// <summary>What a writer submits to start a story, before it is checked.</summary>
public sealed class StoryDraft : IWarnedDraft
{
    public string Room { get; set => field = value ?? ""; } = "";
    public string Title { get; set => field = value ?? ""; } = "";
    public string Body { get; set => field = value ?? ""; } = "";
    public List<string> Warnings { get; set => field = value ?? []; } = [];
    public string WarningLabel { get; set => field = value ?? ""; } = "";

    /// <summary>Made with the form and sent back with it, through previews and the pause: one form writes one post.</summary>
    public Guid Submission { get; set; } = Guid.NewGuid();
}
