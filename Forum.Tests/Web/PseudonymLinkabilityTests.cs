using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Forum.Tests.Web;

/// <summary>
/// Several names in one browser must not be linkable in the database: nothing written for one name may be
/// derived from another's data. Read as someone with a copy of the database would read it.
/// </summary>
public sealed class PseudonymLinkabilityTests : WebTest
{
    private static async Task MakeNameAsync(HttpClient browser, string name) =>
        (await browser.SubmitAsync("/me/new", "/me/pseudonyms", new Dictionary<string, string> { ["Name"] = name }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

    private static async Task<long> ReplyAsync(HttpClient visitor, string story, string body)
    {
        var id = story.Split('/')[2];
        var response = await visitor.SubmitAsync(story, $"/t/{id}/replies", new Dictionary<string, string> { ["Body"] = body });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]);
    }

    /// <summary>Every column of each named row, as PostgreSQL spells it.</summary>
    private Task<List<Dictionary<string, JsonElement>>> RowsAsync(params string[] names) =>
        JsonRowsAsync("SELECT to_jsonb(p)::text AS \"Value\" FROM pseudonyms p WHERE p.name = ANY({0}) ORDER BY p.name", names);

    /// <summary>Every column of the named pseudonyms' follows.</summary>
    private Task<List<Dictionary<string, JsonElement>>> FollowRowsAsync(params string[] names) =>
        JsonRowsAsync("SELECT to_jsonb(f)::text AS \"Value\" FROM follows f JOIN pseudonyms p ON p.id = f.pseudonym_id WHERE p.name = ANY({0}) ORDER BY p.name", names);

    private async Task<List<Dictionary<string, JsonElement>>> JsonRowsAsync(string sql, string[] names)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        var json = await db.Database.SqlQueryRaw<string>(sql, [names]).ToListAsync();
        return json.Select(row => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(row)!).ToList();
    }

    private static void ShareNothing(List<Dictionary<string, JsonElement>> rows)
    {
        rows.Count.ShouldBe(2);
        foreach (var (column, value) in rows[0])
        {
            if (IsTrivial(value)) continue;
            rows[1][column].ToString().ShouldNotBe(value.ToString(), $"{column} is the same on both names, which links them");
        }
    }

    /// <summary>A value everybody shares (not banned, version 0, no badge) links nobody.</summary>
    private static bool IsTrivial(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.Number => Math.Abs(value.GetDouble()) < 2,
        JsonValueKind.String => value.GetString()!.Length == 0,
        _ => false,
    };

    [Test]
    public async Task Marking_the_inbox_read_leaves_no_value_shared_by_the_names_one_browser_holds()
    {
        var browser = NewVisitor();
        var first = Unique("Linkable Fern");
        var second = Unique("Linkable Sparrow");
        await MakeNameAsync(browser, first);
        var firstStory = await PostStoryAsync(browser, Unique("The first name's story"));
        Factory.Clock.Advance(TimeSpan.FromMinutes(7));
        await MakeNameAsync(browser, second);
        var secondStory = await PostStoryAsync(browser, Unique("The second name's story"));

        var stranger = NewVisitor();
        var toFirst = await ReplyAsync(stranger, firstStory, "This feels familiar to me.");
        var toSecond = await ReplyAsync(stranger, secondStory, "Me too, more than I can say.");
        (await browser.SubmitAsync("/me", "/me/inbox/read", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull("both inboxes are read");

        var rows = await RowsAsync(first, second);
        rows.Count.ShouldBe(2);
        var byName = rows.ToDictionary(r => r["name"].GetString()!);
        byName[first]["inbox_read_through"].GetInt64().ShouldBe(toFirst);
        byName[second]["inbox_read_through"].GetInt64().ShouldBe(toSecond);
        ShareNothing(rows);
    }

    [Test]
    public async Task Following_and_reading_the_followed_replies_leaves_no_value_shared_by_the_names_one_browser_holds()
    {
        var stranger = NewVisitor();
        var firstStory = await PostStoryAsync(stranger, Unique("A story the first name follows"));
        var secondStory = await PostStoryAsync(NewVisitor(), Unique("A story the second name follows"));
        await ReplyAsync(NewVisitor(), firstStory, "An early word, before anyone followed.");
        await ReplyAsync(NewVisitor(), secondStory, "Another early word.");

        var browser = NewVisitor();
        var first = Unique("Following Fern");
        var second = Unique("Following Sparrow");
        await MakeNameAsync(browser, first);
        await ReplyAsync(browser, firstStory, "Replying follows this one.");
        Factory.Clock.Advance(TimeSpan.FromMinutes(7));
        await MakeNameAsync(browser, second);
        var id = secondStory.Id;
        (await browser.SubmitAsync(Links.Story(secondStory.Id, secondStory.Slug, write: true), $"/t/{id}/follow", new Dictionary<string, string> { ["follow"] = "true" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var toFirst = await ReplyAsync(stranger, firstStory, "Thank you for saying so.");
        var toSecond = await ReplyAsync(NewVisitor(), secondStory, "Later news for the follower.");
        (await browser.SubmitAsync("/me", "/me/inbox/read", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull("both inboxes are read");

        var rows = await RowsAsync(first, second);
        var byName = rows.ToDictionary(r => r["name"].GetString()!);
        byName[first]["inbox_read_through"].GetInt64().ShouldBe(toFirst);
        byName[second]["inbox_read_through"].GetInt64().ShouldBe(toSecond);
        ShareNothing(rows);
        ShareNothing(await FollowRowsAsync(first, second));
    }
}
