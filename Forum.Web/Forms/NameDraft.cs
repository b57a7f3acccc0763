namespace Forum.Web.Forms;

/// <summary>The name someone asks for when making a pseudonym; empty means "make one up for me".</summary>
public sealed class NameDraft
{
    public string Name { get; set => field = value ?? ""; } = "";
}
