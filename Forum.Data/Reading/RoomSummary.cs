namespace Forum.Data.Reading;

/// <param name="RequiresContentWarnings">Every post here needs at least one content warning; the composers say so up front.</param>
/// <param name="HasFeed">The room allows an Atom feed (<see cref="Feeds.FeedReader.HasFeed"/>), so its pages advertise one.</param>
public sealed record RoomSummary(int Id, string Slug, string Name, string Description, bool RequiresContentWarnings, bool HasFeed);
