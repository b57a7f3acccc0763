namespace Forum.Web.ViewModels;

/// <summary>
/// The private page a writer sees when their words may mean they are at risk: the crisis lines (the reader's
/// country first, <see cref="Forum.Web.Safety.ReaderCountry"/>), and their
/// post carried along in hidden fields so that publishing it or going back to edit needs no retyping.
/// </summary>
public sealed record CrisisPauseViewModel(string Action, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <param name="draft">The warnings the writer ticked, when the form has them (an edit keeps the post's own).</param>
    public static CrisisPauseViewModel For(string action, IWarnedDraft? draft, params (string Name, string Value)[] texts) =>
        new(action,
            [
                .. texts.Select(text => new KeyValuePair<string, string>(text.Name, text.Value)),
                .. (draft?.Warnings ?? []).Select(code => new KeyValuePair<string, string>(nameof(IWarnedDraft.Warnings), code)),
                .. draft is null ? [] : new[] { new KeyValuePair<string, string>(nameof(IWarnedDraft.WarningLabel), draft.WarningLabel) },
            ]);
}
