namespace Forum.Domain.Moderation;

/// <summary>The spellings stored in moderators.role and used as role claims; written out so a rename never renames data.</summary>
public static class ModeratorRoleText
{
    public const int MaxLength = 20;
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static string Of(ModeratorRole role) => role switch
    {
        ModeratorRole.Moderator => Moderator,
        ModeratorRole.Admin => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? text, out ModeratorRole role)
    {
        switch (text)
        {
            case Moderator: role = ModeratorRole.Moderator; return true;
            case Admin: role = ModeratorRole.Admin; return true;
            default: role = default; return false;
        }
    }

    public static ModeratorRole Parse(string text) =>
        TryParse(text, out var role) ? role : throw new FormatException($"'{text}' is not a moderator role.");
}
