namespace Forum.Domain.Safety;

/// <summary>
/// The warnings on one post: some of the fixed categories, and for <see cref="ContentWarning.Other"/> the writer's
/// own short label. Always in the enum's order without repeats, so two sets with the same warnings are equal
/// and store the same way.
/// </summary>
public sealed class ContentWarningSet
{
    public const int LabelMaxLength = 40;

    public static readonly ContentWarningSet None = new([], null);

    private ContentWarningSet(IReadOnlyList<ContentWarning> categories, string? otherLabel)
    {
        Categories = categories;
        OtherLabel = otherLabel;
    }

    public IReadOnlyList<ContentWarning> Categories { get; }

    /// <summary>Set exactly when <see cref="ContentWarning.Other"/> is among the categories.</summary>
    public string? OtherLabel { get; }

    public bool IsEmpty => Categories.Count == 0;

    /// <summary>The codes as stored in the posts' content_warnings column.</summary>
    public string[] Codes => Categories.Select(ContentWarningText.Codes.Of).ToArray();

    /// <summary>What readers see: each category's words, and the writer's own label in place of "something else".</summary>
    public IReadOnlyList<string> Names => Categories
        .Select(c => c == ContentWarning.Other ? OtherLabel! : ContentWarningText.Codes.Label(c))
        .ToList();

    /// <summary>
    /// A set from what a writer chose. A label means "something else" even when its box was left unticked, since
    /// the writer clearly meant it; "something else" without a label is refused, because it would warn of nothing.
    /// </summary>
    public static ContentWarningSet Of(IEnumerable<ContentWarning> categories, string? otherLabel = null)
    {
        var label = CleanLabel(otherLabel);
        var chosen = categories.ToHashSet();
        if (label is not null) chosen.Add(ContentWarning.Other);
        if (chosen.Contains(ContentWarning.Other) && label is null)
            throw new DomainRuleException("Add a few words to say what \"something else\" is about.");
        if (label is { Length: > LabelMaxLength })
            throw new DomainRuleException($"A warning's own words can be up to {LabelMaxLength} characters.");
        return chosen.Count == 0 ? None : new ContentWarningSet(chosen.Order().ToList(), label);
    }

    /// <summary>A set from the codes a form or the database holds; an unknown code is refused.</summary>
    public static ContentWarningSet FromCodes(IEnumerable<string> codes, string? otherLabel = null) =>
        Of(codes.Select(code => ContentWarningText.Codes.TryParse(code, out var warning)
            ? warning
            : throw new DomainRuleException("One of the content warnings isn't one the forum knows. Please choose from the list.")), otherLabel);

    /// <summary>Both sets' warnings. The first set's own label wins, so a moderator adding warnings never rewrites the writer's words.</summary>
    public ContentWarningSet With(ContentWarningSet added) =>
        Of(Categories.Concat(added.Categories), OtherLabel ?? added.OtherLabel);

    /// <summary>Trimmed, inner whitespace folded to single spaces, made storable, bidi controls gone; null when nothing is left.</summary>
    public static string? CleanLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var words = PlainText.Line(label).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var cleaned = string.Join(' ', words.Select(w => new string(w.Where(c => !char.IsControl(c)).ToArray())).Where(w => w.Length > 0));
        return cleaned.Length == 0 ? null : cleaned;
    }

    public override bool Equals(object? obj) =>
        obj is ContentWarningSet other && Categories.SequenceEqual(other.Categories) && OtherLabel == other.OtherLabel;

    public override int GetHashCode() => HashCode.Combine(Categories.Count, OtherLabel);
}
