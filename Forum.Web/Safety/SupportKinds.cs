namespace Forum.Web.Safety;

/// <summary>The directory's sections, in the order /support shows them, with their headings.</summary>
public static class SupportKinds
{
    public static readonly IReadOnlyList<(string Kind, string Heading)> All =
    [
        ("helpline", "Helplines"),
        ("therapy-finder", "Finding a therapist or counsellor"),
        ("recovery", "Recovery programmes"),
        ("peer-group", "Peer support groups"),
    ];

    public static bool IsKnown(string kind) => All.Any(k => k.Kind == kind);
}
