namespace Forum.Web.Forms;

/// <summary>The content warnings a writer ticks in either composer, as the form sends them.</summary>
public interface IWarnedDraft
{
    /// <summary>The ticked categories' codes (<see cref="ContentWarningText.Codes"/>).</summary>
    List<string> Warnings { get; set; }

    /// <summary>The writer's own words for "something else".</summary>
    string WarningLabel { get; set; }
}

public static class WarnedDraftExtensions
{
    /// <summary>The chosen warnings; call after <see cref="WarningChoiceValidator"/> has passed, since a bad choice throws.</summary>
    public static ContentWarningSet ContentWarnings(this IWarnedDraft draft) =>
        ContentWarningSet.FromCodes(draft.Warnings, draft.WarningLabel);
}
