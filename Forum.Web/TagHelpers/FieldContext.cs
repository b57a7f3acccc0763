namespace Forum.Web.TagHelpers;

/// <summary>What a <see cref="FieldTagHelper"/> tells the control inside it: its id, its name and what describes it.</summary>
internal sealed record FieldContext(string Id, string Name, string? DescribedBy, string? ErrorId)
{
    public string? AriaDescribedBy =>
        string.Join(' ', new[] { DescribedBy, ErrorId }.Where(id => !string.IsNullOrEmpty(id))) is { Length: > 0 } ids ? ids : null;
}
