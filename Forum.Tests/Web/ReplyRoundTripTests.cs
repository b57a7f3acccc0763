using Forum.Data.Reading;
using Forum.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// Round trips per reply written (issue 32, item 3): a writer who holds a name replying to someone else's story,
/// through the real form, costs at most <see cref="Budget"/> statements, the follow it starts and the page it lands
/// on included. Counted at EF Core's command interceptor, so a step that starts querying again shows up here, with
/// the statements listed. (BEGIN rides on the first statement of the transaction; COMMIT is one more round trip
/// that no interceptor sees.) Telling devices of the reply is not counted: the push sender does it after the answer,
/// on its own, and would land inside the count or not depending on timing.
/// </summary>
public sealed class ReplyRoundTripTests : WebTest
{
    private const int Budget = 5;
    private readonly StatementCounter _counter = new();

    [OneTimeSetUp]
    public void Count() => Factory.Interceptors.Add(_counter);

    private async Task<IReadOnlyList<string>> CountedReplyAsync(HttpClient writer, StoryRef story, string body)
    {
        var replies = Links.Replies(story.Id);
        var fields = await writer.HiddenFieldsAsync(story, replies);
        fields.Add(new("Body", body));
        _counter.Clear();
        var response = await writer.PostAsync(replies, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.OriginalString.ShouldContain("#reply-");
        // Wait for the push sender's statement, so the count below cannot pass by finishing before it.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!_counter.Statements.Any(IsPushSenders))
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The push sender did not look for devices to tell within 30 s.");
            await Task.Delay(20);
        }
        return _counter.Statements.Where(s => !IsPushSenders(s)).ToList();
    }

    private static bool IsPushSenders(string statement) =>
        statement.StartsWith($"-- {PushRecipients.Tag}", StringComparison.Ordinal);

    private static void WithinBudget(IReadOnlyList<string> statements)
    {
        statements.ShouldContain(s => s.Contains("INSERT INTO replies"), "the counter sees the write");
        statements.Count.ShouldBeLessThanOrEqualTo(Budget, string.Join("\n---\n", statements));
    }

    [Test]
    public async Task A_named_writers_reply_to_another_story_takes_at_most_the_budget_of_statements()
    {
        var story = await PostStoryAsync(NewVisitor(), Unique("A story with replies coming"));
        var writer = NewVisitor();
        await PostStoryAsync(writer, Unique("The writer's own story, so they hold a name"));

        WithinBudget(await CountedReplyAsync(writer, story, Unique("The first reply: it starts the follow.")));
        WithinBudget(await CountedReplyAsync(writer, story, Unique("The second reply: the follow is there already.")));
        (await InDatabaseAsync(db => db.Follows.CountAsync(f => f.StoryId == story.Id))).ShouldBe(1, "replying followed the story, once");
    }
}
