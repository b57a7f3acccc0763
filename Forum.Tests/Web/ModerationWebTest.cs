using Forum.Data;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>Stories, replies and moderators for the moderation tests, and a look at the log.</summary>
public abstract class ModerationWebTest : WebTest
{
    protected async Task<T> WithDb<T>(Func<ForumDbContext, Task<T>> work)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await work(db);
    }

    protected Task<int> LogRowsAsync() => WithDb(db => db.ModerationLog.CountAsync());

    protected static long StoryIdOf(StoryRef story) => story.Id;

    /// <summary>A story by a fresh writer, with a reply by another; the writers' clients are returned to act as them.</summary>
    protected async Task<Story> StoryAsync(string title = "A hard week", string room = "anxiety")
    {
        var writer = NewVisitor();
        var location = await PostStoryAsync(writer, Unique(title), room: room);
        var storyId = StoryIdOf(location);
        var replier = NewVisitor();
        var reply = await replier.SubmitAsync(location, Links.Replies(storyId), new Dictionary<string, string> { ["Body"] = "I hear you. Same here." });
        var replyId = long.Parse(reply.Headers.Location!.OriginalString.Split("#reply-")[1]);
        return new Story(location, storyId, replyId, writer, replier);
    }

    /// <summary>Submits the action form on a post's moderation page, as a moderator would.</summary>
    protected static Task<HttpResponseMessage> ModerateAsync(HttpClient moderator, string page, string action, string reason, IReadOnlyDictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string> { ["Reason"] = reason };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) fields[key] = value;
        return moderator.SubmitAsync(page, action, fields);
    }

    protected sealed record Story(string Location, long StoryId, long ReplyId, HttpClient Writer, HttpClient Replier)
    {
        public string StoryPage => $"/mod/threads/{StoryId}";
        public string ReplyPage => $"/mod/replies/{ReplyId}";
    }
}
