namespace Forum.Web.Forms;

/// <summary>The check-in form, as typed: parsed and checked by <see cref="CheckInDraftValidator"/>.</summary>
public sealed class CheckInDraft
{
    public string Day { get; set => field = value ?? ""; } = "";
    public string Mood { get; set => field = value ?? ""; } = "";
    public string Note { get; set => field = value ?? ""; } = "";
}

public sealed class MilestoneDraft
{
    public string Label { get; set => field = value ?? ""; } = "";
    public string StartedOn { get; set => field = value ?? ""; } = "";
}
