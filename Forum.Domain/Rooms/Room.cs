namespace Forum.Domain.Rooms;

/// <summary>A topic room, such as anxiety or grief and loss. Stories live in exactly one room.</summary>
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

    /// <summary>A new room from an admin, placed after <paramref name="position"/>'s neighbours (the caller passes one past the last).</summary>
    public static Room Open(string slug, string name, string description, bool requiresContentWarnings, bool feedEnabled, int position)
    {
        var cleanSlug = (slug ?? "").Trim();
        if (!RoomSlug.IsValid(cleanSlug))
            throw new DomainRuleException(
                $"A room's short name, used in its address, needs 2 to {SlugMaxLength} lower-case letters, digits and single hyphens (like \"grief-loss\").");
        var room = new Room(cleanSlug, "", "", position);
        room.Change(name, description, requiresContentWarnings, feedEnabled);
        return room;
    }

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";

    /// <summary>Where the room sits in lists; rooms are shown in this order, not alphabetically.</summary>
    public int Position { get; private set; }

    public bool IsArchived { get; private set; }

    /// <summary>Every story and reply here must carry at least one content warning (a room about relapse, say).</summary>
    public bool RequiresContentWarnings { get; private set; }

    /// <summary>Whether the room has an Atom feed. A room whose people would rather not be followed from outside can switch it off.</summary>
    public bool FeedEnabled { get; private set; } = true;

    /// <summary>What an admin can change about a room. The slug stays, because links and feeds rely on it.</summary>
    public void Change(string name, string description, bool requiresContentWarnings, bool feedEnabled)
    {
        var cleanName = PlainText.Line(name).Trim();
        var cleanDescription = PlainText.Note(description).Trim();
        if (cleanName.Length is 0 or > NameMaxLength)
            throw new DomainRuleException($"A room's name needs 1 to {NameMaxLength} characters.");
        if (cleanDescription.Length == 0)
            throw new DomainRuleException("Give the room a short description: it tells people what belongs there.");
        if (cleanDescription.Length > DescriptionMaxLength)
            throw new DomainRuleException($"A room's description can have up to {DescriptionMaxLength} characters.");
        Name = cleanName;
        Description = cleanDescription;
        RequiresContentWarnings = requiresContentWarnings;
        FeedEnabled = feedEnabled;
    }

    public const int MaxPosition = 100_000;

    /// <summary>Where the room sits among the others; lists show rooms by this number, lowest first.</summary>
    public void MoveTo(int position)
    {
        if (position is < 0 or > MaxPosition)
            throw new DomainRuleException($"A room's place is a number from 0 to {MaxPosition:N0}.");
        Position = position;
    }

    /// <summary>Takes the room out of lists and closes it to new stories; what was written stays readable at its address.</summary>
    public void Archive()
    {
        if (IsArchived) throw new DomainRuleException($"{Name} is already archived.");
        IsArchived = true;
    }

    public void Reopen()
    {
        if (!IsArchived) throw new DomainRuleException($"{Name} is open already.");
        IsArchived = false;
    }

    /// <summary>Refuses a post without warnings in a room that asks for them.</summary>
    public void CheckWarnings(ContentWarningSet warnings)
    {
        if (RequiresContentWarnings && warnings.IsEmpty)
            throw new DomainRuleException(
                $"{Name} asks for at least one content warning on every post, so readers can choose when to read. Tick the ones that fit; your text is still here.");
    }
}
