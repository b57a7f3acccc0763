namespace Forum.Domain.Rooms;

/// <summary>A topic room, such as anxiety or grief and loss. Threads live in exactly one room.</summary>
public sealed class Room
{
    public const int SlugMaxLength = 40;
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 300;

    private Room() { }

    public Room(string slug, string name, string description, int position)
    {
        Slug = slug;
        Name = name;
        Description = description;
        Position = position;
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>Where the room sits in lists; rooms are shown in this order, not alphabetically.</summary>
    public int Position { get; private set; }

    public bool IsArchived { get; private set; }
}
