namespace Forum.Data.Configurations;

/// <summary>The definition of threads.is_public and replies.is_public, as 0005_moderation.sql writes it.</summary>
internal static class PublicPost
{
    public const string Sql = "removed_at IS NULL AND held_at IS NULL";
}
