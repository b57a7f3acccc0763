namespace Forum.Web.Safety;

/// <summary>One organisation in the /support directory.</summary>
public sealed class SupportEntry
{
    /// <summary>One of <see cref="SupportKinds.All"/>.</summary>
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>Where it works ("United States"); empty when it works internationally or online for anyone.</summary>
    public string Country { get; set; } = "";
    public string Description { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Web { get; set; } = "";
    /// <summary>The rooms (slugs) it is most useful for; empty means every room.</summary>
    public List<string> Rooms { get; set; } = [];
}
