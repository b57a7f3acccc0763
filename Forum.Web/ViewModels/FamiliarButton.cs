namespace Forum.Web.ViewModels;

/// <summary>
/// One post's "this feels familiar" form. <paramref name="After"/> is the replies page the reader is on, so the
/// no-JavaScript path returns them to the same page and the same post.
/// </summary>
public sealed record FamiliarButton(PostKind Kind, long PostId, bool Pressed, int Count, long? After)
{
    public string CountId => $"familiar-{PostKindText.Codes.Of(Kind)}-{PostId}";
}
