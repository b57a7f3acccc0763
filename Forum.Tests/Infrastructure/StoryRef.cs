namespace Forum.Tests.Infrastructure;

/// <summary>
/// A story as a test holds it after writing it: its id and slug, read once from where the forum sent the writer,
/// instead of a URL string each test takes apart. It reads as that URL wherever a page address is wanted.
/// </summary>
public sealed record StoryRef(long Id, string Slug)
{
    /// <summary>The story's own page, as the forum linked it.</summary>
    public string Url => $"/t/{Id}/{Slug}";

    /// <summary>From a redirect's Location, "/t/{id}/{slug}" (absolute or not, any query or fragment ignored).</summary>
    public static StoryRef FromLocation(string location)
    {
        var path = Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : location.Split('?', '#')[0];
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not ["t", var id, var slug] || !long.TryParse(id, out var number))
            throw new AssertionException($"Expected a story's address, /t/{{id}}/{{slug}}, but the forum sent {location}.");
        return new StoryRef(number, slug);
    }

    public static implicit operator string(StoryRef story) => story.Url;

    public override string ToString() => Url;
}
