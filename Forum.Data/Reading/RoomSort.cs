namespace Forum.Data.Reading;

/// <summary>How a room lists its stories: by latest reply (a story someone just answered comes back up), or newest story first.</summary>
public enum RoomSort
{
    Active,
    New,
}

/// <summary>The words for <see cref="RoomSort"/> in a room's link (<c>?sort=new</c>).</summary>
public static class RoomSortText
{
    public static string Of(RoomSort sort) => sort == RoomSort.New ? "new" : "active";

    /// <summary>No word is the default; a word that is neither is refused.</summary>
    public static bool TryParse(string? text, out RoomSort sort)
    {
        sort = RoomSort.Active;
        switch (text)
        {
            case null or "" or "active": return true;
            case "new": sort = RoomSort.New; return true;
            default: return false;
        }
    }
}
