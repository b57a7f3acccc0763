using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Forum.Web.Forms;

/// <summary>A writer's changed text for one of their posts, with its content warnings; a story also has its title.</summary>
public sealed class PostEditDraft : IWarnedDraft
{
    /// <summary>Set from the route by the controller, never bound from the form.</summary>
    [BindNever]
    public PostKind Kind { get; set; } = PostKind.Reply;

    public string Title { get; set => field = value ?? ""; } = "";
    public string Body { get; set => field = value ?? ""; } = "";
    public List<string> Warnings { get; set => field = value ?? []; } = [];
    public string WarningLabel { get; set => field = value ?? ""; } = "";
}
