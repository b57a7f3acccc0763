using Forum.Domain.Rooms;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Forum.Web.Forms;

/// <summary>What an admin submits to add or change a room, with the reason that goes in the moderation log.</summary>
public sealed class RoomDraft
{
    /// <summary>Only read when a room is added: a room's short name never changes.</summary>
    public string Slug { get; set => field = value ?? ""; } = "";
    public string Name { get; set => field = value ?? ""; } = "";
    public string Description { get; set => field = value ?? ""; } = "";
    public bool RequiresContentWarnings { get; set; }
    public bool FeedEnabled { get; set; } = true;
    public string Reason { get; set => field = value ?? ""; } = "";

    /// <summary>True on the form that adds a room; set by the controller, never bound from the form.</summary>
    [BindNever]
    public bool Adding { get; set; }

    public RoomSettings Settings => new(Name, Description, RequiresContentWarnings, FeedEnabled);
}
