using System.Linq.Expressions;

namespace Forum.Data.Reading;

/// <summary>
/// Who may see a post, written down once. Every reader filters through these names instead of spelling out
/// removed, held and deleted columns, so that a new page cannot forget one of them.
/// <list type="bullet">
/// <item><see cref="Listed{TPost}"/>: lists, feeds, search and the inbox. Neither removed, held, nor taken back by its writer.</item>
/// <item><see cref="Readable{TPost}"/>: a story's own page. A story its writer deleted stays readable for the replies others wrote.</item>
/// <item>On a story's page (<see cref="StoryPageQueries"/>, compiled, so written out there): the story if readable
/// or the reader's own waiting for a moderator; its replies in place, where a removed or deleted reply leaves a
/// notice, and a held one shows to its own writer only.</item>
/// </list>
/// A burned writer's posts stay in every list under "former member": burning takes the name, not the words.
/// </summary>
public static class PostVisibility
{
    public static IQueryable<TPost> Listed<TPost>(this IQueryable<TPost> posts) where TPost : Post =>
        posts.Where(p => p.IsPublic && p.DeletedAt == null);

    public static IQueryable<TPost> Readable<TPost>(this IQueryable<TPost> posts) where TPost : Post =>
        posts.Where(p => p.IsPublic);

    /// <summary>Replies that may be listed: listed themselves, in a story that is listed too.</summary>
    public static IQueryable<Reply> ListedWithStory(this IQueryable<Reply> replies) => replies.Where(IsListedWithStory);

    /// <summary><see cref="ListedWithStory"/> as an expression, for subqueries.</summary>
    public static readonly Expression<Func<Reply, bool>> IsListedWithStory =
        r => r.IsPublic && r.DeletedAt == null && r.Story!.IsPublic && r.Story.DeletedAt == null;

    /// <summary><see cref="Listed{TPost}"/> as an expression, for subqueries, where EF cannot call a method.</summary>
    public static readonly Expression<Func<Story, bool>> IsListedStory = t => t.IsPublic && t.DeletedAt == null;

    /// <summary>A pseudonym's own posts that they have not deleted, in whatever state the moderators left them.</summary>
    public static IQueryable<TPost> WrittenBy<TPost>(this IQueryable<TPost> posts, IReadOnlyCollection<Guid> pseudonymIds) where TPost : Post =>
        posts.Where(p => p.AuthorId != null && pseudonymIds.Contains(p.AuthorId.Value) && p.DeletedAt == null);
}
