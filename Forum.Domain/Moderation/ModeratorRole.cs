namespace Forum.Domain.Moderation;

/// <summary>Admins can do everything moderators can, and also manage the forum itself (rooms, for example).</summary>
public enum ModeratorRole
{
    Moderator,
    Admin,
}
