namespace Forum.Web.ViewModels;

/// <summary>
/// One post's "this feels familiar" form. <paramref name="After"/> is the replies page the reader is on, so the
/// no-JavaScript path returns them to the same page and the same post. <paramref name="WriteLink"/> is set on a page
/// shared by many readers: the form there has no token, so without JavaScript the button is a link to the page made
/// for this reader, where the real button is.
/// </summary>
public sealed record FamiliarButton(PostKind Kind, long PostId, bool Pressed, int Count, long? After, string? WriteLink = null)
{
    public string CountId => $"familiar-{PostKindText.Codes.Of(Kind)}-{PostId}";
}
