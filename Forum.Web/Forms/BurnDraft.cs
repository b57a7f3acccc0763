namespace Forum.Web.Forms;

/// <summary>What happens to a pseudonym's posts when it is burned, and the writer's confirmation.</summary>
public sealed class BurnDraft
{
    public const string RemovePosts = "remove";
    public const string KeepPosts = "keep";

    public string Posts { get; set => field = value ?? ""; } = "";
    public bool Confirm { get; set; }

    public bool RemovesPosts => Posts == RemovePosts;
}
