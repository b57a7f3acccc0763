namespace Forum.Domain.Rooms;

/// <summary>Room administration's entries in the moderation log (ModerationActions leaves room for these).</summary>
public static class RoomActions
{
    public const string Add = "add_room";
    public const string Edit = "edit_room";
    public const string Move = "move_room";
    public const string Archive = "archive_room";
    public const string Reopen = "reopen_room";
}
