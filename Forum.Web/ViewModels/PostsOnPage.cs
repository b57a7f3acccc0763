namespace Forum.Web.ViewModels;

/// <summary>
/// Posts of one story's page as Views/Shared/_Posts.cshtml marks them up, story or reply alike: the story's own words,
/// or a page of its replies. One partial per list rather than per post: a partial per reply was the largest share
/// of the page's CPU (docs/BENCHMARKS.md, "Where the time goes").
/// </summary>
/// <param name="After">The replies page the reader is on, so a press without JavaScript comes back to it.</param>
/// <param name="Shared">The page may go to every reader without a cookie: its forms carry no token.</param>
public sealed record PostsOnPage(StoryViewModel Page, IReadOnlyList<PostView> Posts, DateTimeOffset Now, long? After, bool Shared)
{
    public StoryDetail Story => Page.Page.Story;

    /// <summary>The post's id on the page, which links to it end with: "story", or "reply-40".</summary>
    public static string Anchor(PostView post) => ForumLinks.PostAnchor(post.Kind, post.Id);
}
