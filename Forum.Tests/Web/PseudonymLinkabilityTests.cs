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
        (await browser.MarkEveryInboxReadAsync()).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
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
        (await browser.MarkEveryInboxReadAsync()).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await browser.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull("both inboxes are read");

        var rows = await RowsAsync(first, second);
        var byName = rows.ToDictionary(r => r["name"].GetString()!);
        byName[first]["inbox_read_through"].GetInt64().ShouldBe(toFirst);
        byName[second]["inbox_read_through"].GetInt64().ShouldBe(toSecond);
        ShareNothing(rows);
        ShareNothing(await FollowRowsAsync(first, second));
    }

    /// <summary>
    /// Two browsers make two names each in turn (a, b, a, b), each name gets a reply and a moderators' notice, and each
    /// browser marks its names' inboxes read and reads their notices, taking turns. A copy of the database must not
    /// group the names by browser: no transaction id shared by two names' rows, no run of one browser's row versions
    /// on the heap, and no read time that only one browser's names have.
    /// </summary>
    [Test]
    public async Task Names_of_two_browsers_used_in_turn_share_no_transaction_no_heap_run_and_no_read_moment()
    {
        var browsers = new[] { NewVisitor(), NewVisitor() };
        var names = new List<(int Browser, string Name, string Story)>();
        for (var round = 0; round < 2; round++)
            for (var b = 0; b < browsers.Length; b++)
            {
                var name = Unique(round == 0 ? "Turning Fern" : "Turning Sparrow");
                await MakeNameAsync(browsers[b], name);
                names.Add((b, name, await PostStoryAsync(browsers[b], Unique("A story told in turn"))));
                Factory.Clock.Advance(TimeSpan.FromSeconds(41));
            }
        var stranger = NewVisitor();
        var noticeIds = new Dictionary<string, long>();
        foreach (var (_, name, story) in names)
        {
            await ReplyAsync(stranger, story, "Thank you for writing this.");
            await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
            var id = await db.Pseudonyms.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
            var notice = ModeratorNotice.Message(id, "Checking in with you.", null, Factory.Clock.GetUtcNow());
            db.ModeratorNotices.Add(notice);
            await db.SaveChangesAsync();
            noticeIds[name] = notice.Id;
        }

        // Each browser sees one "mark read" per name and presses them one at a time, the two browsers taking turns.
        var actions = new List<List<string>>();
        foreach (var browser in browsers) actions.Add(await browser.MarkReadActionsAsync());
        actions.ShouldAllBe(a => a.Count == 2, "one form for each name the browser holds");
        for (var i = 0; i < 2; i++)
            for (var b = 0; b < browsers.Length; b++)
            {
                (await browsers[b].SubmitAsync("/me", actions[b][i], new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
                Factory.Clock.Advance(TimeSpan.FromSeconds(7));
            }
        foreach (var (b, name, _) in names)
        {
            (await browsers[b].SubmitAsync("/", $"/me/notices/{noticeIds[name]}/read", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            Factory.Clock.Advance(TimeSpan.FromSeconds(7));
        }
        foreach (var browser in browsers) (await browser.GetDocumentAsync("/")).QuerySelector(".unread").ShouldBeNull("every inbox is read");

        var all = names.Select(n => n.Name).ToArray();
        var browserOf = names.ToDictionary(n => n.Name, n => n.Browser);
        var pseudonyms = await JsonRowsAsync(
            "SELECT json_build_object('name', p.name, 'xmin', p.xmin::text, 'ctid', p.ctid::text)::text AS \"Value\" FROM pseudonyms p WHERE p.name = ANY({0})", all);
        var notices = await JsonRowsAsync(
            "SELECT json_build_object('name', p.name, 'xmin', n.xmin::text, 'ctid', n.ctid::text, 'read_at', n.read_at)::text AS \"Value\" " +
            "FROM moderator_notices n JOIN pseudonyms p ON p.id = n.pseudonym_id WHERE p.name = ANY({0})", all);
        foreach (var (table, rows) in new[] { ("pseudonyms", pseudonyms), ("moderator_notices", notices) })
        {
            rows.Count.ShouldBe(4, table);
            rows.Select(r => r["xmin"].GetString()).Distinct().Count().ShouldBe(4, $"no two names' {table} rows were written by one transaction");
            var heapOrder = rows.OrderBy(r => Ctid(r["ctid"].GetString()!)).Select(r => browserOf[r["name"].GetString()!]).ToList();
            TestContext.Out.WriteLine($"{table}: browsers in heap order {string.Join(",", heapOrder)}");
            heapOrder.Zip(heapOrder.Skip(1)).Count(pair => pair.First == pair.Second).ShouldBeLessThan(2, $"{table} rows on the heap are not grouped by browser");
        }
        var readAt = notices.Select(r => (Name: r["name"].GetString()!, At: r["read_at"].GetDateTimeOffset())).ToList();
        readAt.ShouldAllBe(r => r.At.UtcDateTime.TimeOfDay == TimeSpan.Zero, "only the day a notice was read is kept");
        readAt.Where(r => browserOf[r.Name] == 0).Select(r => r.At).Distinct()
            .ShouldBe(readAt.Where(r => browserOf[r.Name] == 1).Select(r => r.At).Distinct(), "read times don't tell the browsers apart");
    }

    /// <summary>The guard every web test runs with (<see cref="OneNamePerSave"/>) catches a save that writes two names.</summary>
    [Test]
    public async Task A_readers_request_that_saves_two_names_rows_at_once_is_stopped()
    {
        var browser = NewVisitor();
        var names = new[] { Unique("Caught Fern"), Unique("Caught Sparrow") };
        foreach (var name in names) await MakeNameAsync(browser, name);
        await using var db = new Forum.Data.ForumDbContext(new DbContextOptionsBuilder<Forum.Data.ForumDbContext>()
            .UseNpgsql(Factory.ConnectionString).AddInterceptors(new OneNamePerSave()).Options);
        var held = await db.Pseudonyms.Where(p => names.Contains(p.Name)).ToListAsync();
        var requests = new Microsoft.AspNetCore.Http.HttpContextAccessor { HttpContext = new Microsoft.AspNetCore.Http.DefaultHttpContext() };
        try
        {
            foreach (var pseudonym in held) pseudonym.MarkInboxRead(1);
            (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("2 names");

            db.ChangeTracker.Clear();
            var one = await db.Pseudonyms.SingleAsync(p => p.Name == names[0]);
            one.MarkInboxRead(1);
            (await db.SaveChangesAsync()).ShouldBe(1, "one name per save is what requests do");
        }
        finally
        {
            requests.HttpContext = null;
        }
    }

    private static (long Page, long Item) Ctid(string ctid)
    {
        var parts = ctid.Trim('(', ')').Split(',');
        return (long.Parse(parts[0]), long.Parse(parts[1]));
    }
}
