namespace Forum.Domain.Moderation;

/// <summary>The spellings stored in moderators.role and used as role claims; written out so a rename never renames data.</summary>
public static class ModeratorRoleText
{
    public const int MaxLength = 20;
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static readonly StoredCodes<ModeratorRole> Codes = new("moderator role",
        (ModeratorRole.Moderator, Moderator, "Moderator"),
        (ModeratorRole.Admin, Admin, "Admin"));
}
