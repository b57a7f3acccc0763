namespace Forum.Domain.Validation;

/// <summary>What a writer submits to start a story, before it is checked.</summary>
public sealed class ThreadDraft : IWarnedDraft
{
    public string Room { get; set => field = value ?? ""; } = "";
    public string Title { get; set => field = value ?? ""; } = "";
    public string Body { get; set => field = value ?? ""; } = "";
    public List<string> Warnings { get; set => field = value ?? []; } = [];
    public string WarningLabel { get; set => field = value ?? ""; } = "";
}
