using System.Linq.Expressions;
using System.Reflection;

namespace Forum.Data.Reading;

/// <summary>
/// Who may see a post, written down once. Every reader and writer filters through these names instead of spelling
/// out removed, held and deleted columns, so that a new page or door cannot forget one of them
/// (docs/decisions/0003-visibility-vocabulary.md; an architecture test keeps the columns' checks in this file).
/// <list type="bullet">
/// <item><see cref="Listed{TPost}"/>: lists, feeds, search and the inbox. Neither removed, held, nor taken back by its writer.</item>
/// <item><see cref="IsVisibleTo"/>: a story's page: neither removed nor held (a story its writer deleted stays for the
/// replies others wrote), plus the reader's own post waiting for a moderator.</item>
/// <item><see cref="IsInPlaceFor"/>: replies on a story's page: all but other people's held ones; a removed or deleted one leaves a notice.</item>
/// <item><see cref="IsOpenTo"/>: every door that takes a post's id (a reaction, a follow, a reply, a quote, a report):
/// visible to the reader and not taken back by its writer, in a story that is visible to them too. Anything else
/// answers as a post that never existed.</item>
/// </list>
/// The reader-aware rules are expressions with the reader as a second parameter. Inside a query (compiled ones
/// included) call them as methods on the post and pass the query through <see cref="Inline{TDelegate}"/>, which
/// puts the rule's expression in place of the call; on a loaded post they run as they are.
/// <see cref="ShownTitle"/> and <see cref="ShownAuthorName"/> are the one projection of what a page shows of a post
/// its writer took back. A burned writer's posts stay in every list under "former member": burning takes the name, not the words.
/// </summary>
public static class PostVisibility
{
    private static readonly Expression<Func<Post, Guid?, bool>> VisibleToRule =
        (p, reader) => p.IsPublic || (reader != null && p.AuthorId == reader && p.HeldAt != null && p.RemovedAt == null);

    private static readonly Expression<Func<Post, Guid?, bool>> OwnOrListedRule =
        (p, reader) => p.DeletedAt == null && (p.IsPublic || (reader != null && p.AuthorId == reader && p.HeldAt != null && p.RemovedAt == null));

    private static readonly Expression<Func<Reply, Guid?, bool>> InPlaceForRule =
        (r, reader) => r.HeldAt == null || (reader != null && r.AuthorId == reader);

    private static readonly Func<Post, Guid?, bool> VisibleToCompiled = VisibleToRule.Compile();
    private static readonly Func<Post, Guid?, bool> OwnOrListedCompiled = OwnOrListedRule.Compile();
    private static readonly Func<Reply, Guid?, bool> InPlaceForCompiled = InPlaceForRule.Compile();

    /// <summary>A story's page: neither removed nor held, or the reader's own post waiting for a moderator.</summary>
    public static bool IsVisibleTo(this Post post, Guid? readerId) => VisibleToCompiled(post, readerId);

    /// <summary>A reply's place on its story's page: shown, or left as a notice; nobody but its writer sees a held one.</summary>
    public static bool IsInPlaceFor(this Reply reply, Guid? readerId) => InPlaceForCompiled(reply, readerId);

    /// <summary>
    /// A post a door may act on for this reader: visible to them and not taken back by its writer; a reply's story
    /// must be visible to them too (it needs its story loaded). A post that fails this does not exist for them.
    /// </summary>
    public static bool IsOpenTo(this Post post, Guid? readerId) =>
        OwnOrListedCompiled(post, readerId) && (post is not Reply reply || (reply.Story ?? throw new InvalidOperationException("Load the reply's story.")).IsVisibleTo(readerId));

    public static IQueryable<TPost> VisibleTo<TPost>(this IQueryable<TPost> posts, Guid? readerId) where TPost : Post =>
        posts.Where(Inline<Func<TPost, bool>>(p => p.IsVisibleTo(readerId)));

    public static IQueryable<Reply> InPlaceFor(this IQueryable<Reply> replies, Guid? readerId) =>
        replies.Where(Inline<Func<Reply, bool>>(r => r.IsInPlaceFor(readerId)));

    /// <summary>Stories a door may act on (see <see cref="IsOpenTo"/>).</summary>
    public static IQueryable<Story> OpenTo(this IQueryable<Story> stories, Guid? readerId) =>
        stories.Where(Inline<Func<Story, bool>>(t => OwnOrListed(t, readerId)));

    /// <summary>Replies a door may act on, in a story the reader may see.</summary>
    public static IQueryable<Reply> OpenTo(this IQueryable<Reply> replies, Guid? readerId) =>
        replies.Where(Inline<Func<Reply, bool>>(r => OwnOrListed(r, readerId) && r.Story!.IsVisibleTo(readerId)));

    /// <summary>What a page shows as a story's title: the words, or a plain line once its writer has taken them back.</summary>
    public static string ShownTitle(this Story story) => ShownTitleCompiled(story);

    /// <summary>The name shown beside a post: none once its writer burned it or took the post back.</summary>
    public static string? ShownAuthorName(this Post post) => ShownAuthorNameCompiled(post);

    private static readonly Expression<Func<Story, string>> ShownTitleRule = t => t.DeletedAt == null ? t.Title : Story.DeletedTitle;
    private static readonly Expression<Func<Post, string?>> ShownAuthorNameRule = p => p.Author == null || p.DeletedAt != null ? null : p.Author.Name;
    private static readonly Func<Story, string> ShownTitleCompiled = ShownTitleRule.Compile();
    private static readonly Func<Post, string?> ShownAuthorNameCompiled = ShownAuthorNameRule.Compile();

    /// <summary>Only inside a query passed through <see cref="Inline{TDelegate}"/>: the post, not taken back, visible to the reader.</summary>
    private static bool OwnOrListed(Post post, Guid? readerId) => OwnOrListedCompiled(post, readerId);

    public static IQueryable<TPost> Listed<TPost>(this IQueryable<TPost> posts) where TPost : Post =>
        posts.Where(p => p.IsPublic && p.DeletedAt == null);

    /// <summary>Replies that may be listed: listed themselves, in a story that is listed too.</summary>
    public static IQueryable<Reply> ListedWithStory(this IQueryable<Reply> replies) => replies.Where(IsListedWithStory);

    /// <summary><see cref="ListedWithStory"/> as an expression, for subqueries.</summary>
    public static readonly Expression<Func<Reply, bool>> IsListedWithStory =
        r => r.IsPublic && r.DeletedAt == null && r.Story!.IsPublic && r.Story.DeletedAt == null;

    /// <summary><see cref="Listed{TPost}"/> as an expression, for subqueries, where EF cannot call a method.</summary>
    public static readonly Expression<Func<Story, bool>> IsListedStory = t => t.IsPublic && t.DeletedAt == null;

    /// <summary>Held for review and not yet decided: the moderators' queue.</summary>
    public static IQueryable<TPost> WaitingForReview<TPost>(this IQueryable<TPost> posts) where TPost : Post =>
        posts.Where(p => p.HeldAt != null && p.RemovedAt == null);

    /// <summary>Removed by the moderators (and not yet purged).</summary>
    public static IQueryable<TPost> RemovedByModerators<TPost>(this IQueryable<TPost> posts) where TPost : Post =>
        posts.Where(p => p.RemovedAt != null);

    /// <summary>Still there for the moderators to act on: neither removed nor taken back by its writer; held ones included.</summary>
    public static readonly Expression<Func<Story, bool>> IsStandingStory = t => t.DeletedAt == null && t.RemovedAt == null;

    /// <summary><see cref="IsStandingStory"/> for a reply, whose story must be standing (or deleted, kept for its replies) too.</summary>
    public static readonly Expression<Func<Reply, bool>> IsStandingReply = r => r.DeletedAt == null && r.RemovedAt == null && r.Story!.RemovedAt == null;

    /// <summary>A pseudonym's own posts that they have not deleted, in whatever state the moderators left them.</summary>
    public static IQueryable<TPost> WrittenBy<TPost>(this IQueryable<TPost> posts, IReadOnlyCollection<Guid> pseudonymIds) where TPost : Post =>
        posts.Where(p => p.AuthorId != null && pseudonymIds.Contains(p.AuthorId.Value) && p.DeletedAt == null);

    /// <summary>
    /// <paramref name="query"/> with every call to a reader-aware rule above replaced by the rule's expression, so that
    /// EF (and a compiled query, whose reader is a parameter) translates it into SQL.
    /// </summary>
    public static Expression<TDelegate> Inline<TDelegate>(Expression<TDelegate> query) => (Expression<TDelegate>)new RuleInliner().Visit(query);

    private static readonly Dictionary<MethodInfo, LambdaExpression> Rules = new()
    {
        [Method(nameof(IsVisibleTo))] = VisibleToRule,
        [Method(nameof(IsInPlaceFor))] = InPlaceForRule,
        [Method(nameof(OwnOrListed))] = OwnOrListedRule,
        [Method(nameof(ShownTitle))] = ShownTitleRule,
        [Method(nameof(ShownAuthorName))] = ShownAuthorNameRule,
    };

    private static MethodInfo Method(string name) =>
        typeof(PostVisibility).GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;

    private sealed class RuleInliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression call)
        {
            if (!Rules.TryGetValue(call.Method, out var rule)) return base.VisitMethodCall(call);
            var arguments = call.Arguments.Select(a => Visit(StripUpcast(a))).ToList();
            return new Substitution(rule.Parameters.Zip(arguments).ToDictionary(pair => pair.First, pair => pair.Second)).Visit(rule.Body);
        }

        private static Expression StripUpcast(Expression e) =>
            e is UnaryExpression { NodeType: ExpressionType.Convert } convert && convert.Type.IsAssignableFrom(convert.Operand.Type) && !convert.Type.IsValueType
                ? convert.Operand : e;
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => values.GetValueOrDefault(node, node);
    }
}
