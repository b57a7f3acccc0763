using Forum.Data.Reading.Search;

namespace Forum.Web.Routing;

/// <summary>
/// Every URL the forum links to, by what it is for. Views reach it as <c>Links</c> (see _ViewImports); tests take it
/// from the app's services, so a test and a page can never disagree about an address.
/// </summary>
public sealed class ForumLinks(PathWriter writer) : RouteLinks(writer)
{
    public MeLinks Me { get; } = new(writer);

    public ModerationLinks Mod { get; } = new(writer);

    public string Home() => Path(RouteNames.Home);

    public string Privacy() => Path(RouteNames.Privacy);

    public string Help() => Path(RouteNames.Help);

    public string HelpCountry() => Path(RouteNames.HelpCountry);

    /// <summary>The footer's choice of language.</summary>
    public string Language() => Path(RouteNames.Language);

    /// <param name="pause">The crisis pause's own form target: the pause is shown again, words and all.</param>
    public string HelpCountryOnPause(string pause) => Path(RouteNames.HelpCountryOnPause, new { pause });

    public string Support(string? room = null) => Path(RouteNames.Support, new { room });

    /// <param name="badge">The badge's code, which is also its anchor on the page.</param>
    public string Badges(string? badge = null) => Path(RouteNames.Badges, fragment: badge);

    public string Search() => Path(RouteNames.Search);

    /// <param name="page">Left out of the link on the first page, so that page has one address.</param>
    public string Search(string query, string? room, int page, SearchWindow? before = null) =>
        Path(RouteNames.Search, new { q = query, room = string.IsNullOrEmpty(room) ? null : room, page = page > 1 ? (int?)page : null, before = before?.Format() });

    public string Feed() => Path(RouteNames.Feed);

    public string RoomFeed(string room) => Path(RouteNames.RoomFeed, new { room });

    public string Preferences() => Path(RouteNames.Preferences);

    /// <param name="after">The keyset cursor of the page before, or null for the stories that have waited longest.</param>
    public string Waiting(string? after = null) => Path(RouteNames.Waiting, new { after });

    public string PreferencesDrafts() => Path(RouteNames.PreferencesDrafts);

    public string PreferencesScheme() => Path(RouteNames.PreferencesScheme);

    public string Manifest() => Path(RouteNames.Manifest);

    /// <param name="after">The keyset cursor of the page before, or null for the first page.</param>
    /// <param name="sort">How the room is ordered; its default (latest reply first) is left out of the link.</param>
    public string Room(string room, string? after = null, RoomSort sort = RoomSort.Active) =>
        Path(RouteNames.Room, new { room, after, sort = sort == RoomSort.Active ? null : RoomSortText.Of(sort) });

    public string NewStory(string room) => Path(RouteNames.NewStory, new { room });

    public string RoomStories(string room) => Path(RouteNames.RoomStories, new { room });

    /// <param name="write">The story's page made for this reader, its forms ready to send (see SharedPages.WriteQuery).</param>
    public string Story(long id, string? slug = null, string? after = null, string? fragment = null, bool write = false) =>
        Path(RouteNames.Story, new { id, slug, after, write = write ? "1" : null }, fragment);

    /// <summary>Where a post is read: the story at the top of its thread, or a reply by its anchor.</summary>
    public string PostInStory(long storyId, string? slug, PostKind kind, long postId) =>
        Story(storyId, slug, fragment: FragmentInStory(kind, postId));

    public string Replies(long storyId) => Path(RouteNames.Replies, new { id = storyId });

    public string Follow(long storyId) => Path(RouteNames.Follow, new { id = storyId });

    /// <summary>The reply composer on its own, with a post of this story quoted in it: the way to quote without script.</summary>
    public string ReplyQuoting(long storyId, PostKind kind, long postId) =>
        Path(RouteNames.ReplyForm, new { id = storyId, kind = PostKindText.Codes.Of(kind), post = postId }, "reply-form");

    public string Familiar(PostKind kind, long id) => PostPath(RouteNames.Familiar, kind, id);

    /// <summary>Where a script fetches the token and submission key that a page shared by many readers leaves out.</summary>
    public string FormToken() => Path(RouteNames.FormToken);

    public string Report(PostKind kind, long id) => PostPath(RouteNames.Report, kind, id);

    public string EditPost(PostKind kind, long id) => PostPath(RouteNames.EditPost, kind, id);

    public string DeletePost(PostKind kind, long id) => PostPath(RouteNames.DeletePost, kind, id);

    /// <summary>The id a reply carries on its thread's page.</summary>
    public static string ReplyAnchor(long replyId) => $"reply-{replyId}";

    /// <summary>The id a post carries on its story's page: "story", or "reply-40".</summary>
    public static string PostAnchor(PostKind kind, long postId) => kind == PostKind.Story ? "story" : ReplyAnchor(postId);

    /// <summary>Where a link to a post lands on its story's page: a reply by its anchor, the story at the page's top.</summary>
    public static string? FragmentInStory(PostKind kind, long postId) => kind == PostKind.Reply ? ReplyAnchor(postId) : null;

    private string PostPath(string routeName, PostKind kind, long id) => Path(routeName, new { kind = PostKindText.Codes.Of(kind), id });
}
