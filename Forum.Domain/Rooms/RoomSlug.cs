using System.Text.RegularExpressions;

namespace Forum.Domain.Rooms;

/// <summary>A room's short name as it appears in addresses (/r/grief-loss): it never changes once the room exists.</summary>
public static partial class RoomSlug
{
    public static bool IsValid(string? slug) =>
        slug is { Length: >= 2 and <= Room.SlugMaxLength } && Pattern().IsMatch(slug);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
