using System.Diagnostics;
using System.Globalization;
using System.Text;
using Forum.Data.Backups;
using Forum.Tools;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Forum.Tests.Deployment;

/// <summary>
/// `backup` and `restore`: a forum with a row in every table goes into a file and comes back into another database
/// the same, table by table; what a browser held from before the backup (a form, a moderator's cookie, a name) still
/// works against the restored forum. A wrong passphrase, a forum already holding posts and a damaged file are refused
/// with nothing written.
/// </summary>
[Category("Web")]
public sealed class BackupRoundTripTests
{
    private const string Passphrase = "a long and private passphrase";

    [Test]
    public async Task A_forum_restored_into_a_new_database_is_the_same_and_accepts_a_form_and_a_moderator_cookie_from_before()
    {
        var source = await TestPostgres.CreateDatabaseAsync();
        var (writer, moderator) = (new CookieContainer(), new CookieContainer());
        string storyPage;
        List<KeyValuePair<string, string>> replyForm;
        byte[] file;
        await using (var app = new ForumWebFactory(source))
        {
            storyPage = await FillEveryTableAsync(app, writer, moderator);
            replyForm = await Client(app, writer).HiddenFieldsAsync(storyPage, RepliesOf(storyPage));
            await EveryTableHasRowsAsync(source);
            file = await BackupAsync(source);
        }

        var restored = await TestPostgres.CreateEmptyDatabaseAsync();
        await RestoreAsync(restored, file);

        (await TablesAsync(restored)).ShouldBe(await TablesAsync(source));
        await using var after = new ForumWebFactory(restored);
        (await Client(after, moderator).GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK, "the moderator's cookie from before the backup");
        var reply = await Client(after, writer).PostAsync(RepliesOf(storyPage),
            new FormUrlEncodedContent(replyForm.Append(new("Body", "Written on a form from before the backup."))));
        reply.StatusCode.ShouldBe(HttpStatusCode.Redirect, await reply.Content.ReadAsStringAsync());
        (await ScalarAsync<long>(restored, "SELECT count(*) FROM replies WHERE body_source = 'Written on a form from before the backup.'")).ShouldBe(1,
            "the new reply took the next id after the restored ones");
        (await ScalarAsync<long>(restored, "SELECT count(*) FROM replies r JOIN threads t ON t.author_id = r.author_id WHERE r.body_source = 'Written on a form from before the backup.'"))
            .ShouldBe(1, "under the name the browser kept from before");

        // What the restored key ring is for: the same form sent to a forum with keys of its own is refused.
        await using var stranger = new ForumWebFactory(await TestPostgres.CreateDatabaseAsync());
        var refused = await Client(stranger, writer).PostAsync(RepliesOf(storyPage),
            new FormUrlEncodedContent(replyForm.Append(new("Body", "Sent to a forum that never saw this form."))));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task The_program_pipes_a_backup_out_and_back_in_after_the_passphrase_as_a_container_does()
    {
        var source = await TestPostgres.CreateDatabaseAsync();
        var line = Encoding.UTF8.GetBytes(Passphrase + "\n");

        var (exit, file, errors) = await RunAsync(source, line, "backup", "-");
        exit.ShouldBe(0, errors);
        errors.ShouldContain("Backed up 1 stories", Case.Sensitive, "the summary goes to standard error, the file alone to standard output");

        var target = await TestPostgres.CreateEmptyDatabaseAsync();
        var (restored, _, restoreErrors) = await RunAsync(target, [.. line, .. file], "restore", "-");
        restored.ShouldBe(0, restoreErrors);
        (await TablesAsync(target)).ShouldBe(await TablesAsync(source));

        var tooShort = Path.Combine(Path.GetTempPath(), $"forum-{Guid.NewGuid():N}.backup");
        (await RunAsync(source, "short\n"u8.ToArray(), "backup", tooShort)).Exit.ShouldBe(2);
        File.Exists(tooShort).ShouldBeFalse();
    }

    /// <summary>The built program run as an operator runs it, with <paramref name="input"/> on standard input.</summary>
    private static async Task<(int Exit, byte[] Output, string Errors)> RunAsync(string database, byte[] input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Forum.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Forum"] = database;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = new MemoryStream();
        var copied = process.StandardOutput.BaseStream.CopyToAsync(output);
        await process.StandardInput.BaseStream.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        await copied;
        return (process.ExitCode, output.ToArray(), await errors);
    }

    [Test]
    public async Task A_wrong_passphrase_is_refused_and_nothing_is_written()
    {
        var file = await BackupAsync(await TestPostgres.CreateDatabaseAsync());
        var empty = await TestPostgres.CreateEmptyDatabaseAsync();

        var refused = await Should.ThrowAsync<BackupRefused>(() => RestoreAsync(empty, file, "not the passphrase at all"));

        refused.Message.ShouldContain("passphrase does not open this backup");
        (await ScalarAsync<long>(empty, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")).ShouldBe(0);
    }

    [Test]
    public async Task A_database_with_posts_is_replaced_only_when_asked()
    {
        var file = await BackupAsync(await GeneratedForumAsync(stories: 3));
        // A new forum's only story is the seeded guidelines, which nobody wrote: that is not a forum to protect.
        var target = await TestPostgres.CreateDatabaseAsync();
        await RestoreAsync(target, file);
        await TestPostgres.ExecuteAsync(target, "DELETE FROM replies WHERE id = (SELECT min(id) FROM replies)");

        var refused = await Should.ThrowAsync<BackupRefused>(() => RestoreAsync(target, file));

        refused.Message.ShouldBe(ForumRestore.HasPosts);
        (await ScalarAsync<long>(target, "SELECT count(*) FROM replies")).ShouldBe(11, "nothing was restored over it");
        await new ForumRestore(target).RestoreAsync(new MemoryStream(file), Passphrase, replace: true);
        (await ScalarAsync<long>(target, "SELECT count(*) FROM threads")).ShouldBe(4);
    }

    [Test]
    public async Task A_backup_from_an_older_schema_is_migrated_after_loading_and_one_from_a_newer_schema_is_refused()
    {
        var older = await TestPostgres.CreateEmptyDatabaseAsync();
        var all = Forum.Data.Migrations.Migration.Embedded();
        await new Forum.Data.Migrations.MigrationRunner(older, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance).MigrateAsync(all.Take(all.Count - 3).ToList());
        var target = await TestPostgres.CreateEmptyDatabaseAsync();

        await RestoreAsync(target, await BackupAsync(older));

        (await ScalarAsync<long>(target, "SELECT count(*) FROM schema_migrations")).ShouldBe(all.Count);
        (await TablesAsync(target)).Select(t => t.Table).ShouldBe((await TablesAsync(await TestPostgres.CreateDatabaseAsync())).Select(t => t.Table));

        var newer = await TestPostgres.CreateDatabaseAsync();
        await TestPostgres.ExecuteAsync(newer, "INSERT INTO schema_migrations (version, checksum) VALUES ('9999_from_the_future', 'x')");
        var refused = await Should.ThrowAsync<BackupRefused>(async () => await RestoreAsync(target, await BackupAsync(newer)));
        refused.Message.ShouldContain("newer version of the forum");
        refused.Message.ShouldContain("9999_from_the_future");
    }

    [TestCase("a byte changed in the last part")]
    [TestCase("cut short")]
    [TestCase("cut at a part's end")]
    public async Task A_damaged_file_is_refused_after_loading_began_and_nothing_is_written(string damage)
    {
        var file = await BackupAsync(await GeneratedForumAsync(stories: 400));
        file.Length.ShouldBeGreaterThan(3 << 20, "several encrypted parts, so the damage is found after tables were loaded");
        var damaged = damage switch
        {
            "cut short" => file[..^1000],
            "cut at a part's end" => file[..(BackupCipher.HeaderLength + 5 + BackupCipher.ChunkSize + BackupCipher.TagLength)],
            _ => Flipped(file, file.Length - 100),
        };
        var target = await TestPostgres.CreateDatabaseAsync();
        var before = await TablesAsync(target);

        var refused = await Should.ThrowAsync<BackupRefused>(() => RestoreAsync(target, damaged));

        refused.Message.ShouldBe(BackupCipher.Damaged);
        (await TablesAsync(target)).ShouldBe(before);
    }

    private static async Task<string> FillEveryTableAsync(ForumWebFactory app, CookieContainer writerJar, CookieContainer moderatorJar)
    {
        var links = app.Services.GetRequiredService<Forum.Web.Routing.ForumLinks>();
        var writer = Client(app, writerJar);
        var posted = await writer.SubmitAsync(links.NewStory("anxiety"), links.RoomStories("anxiety"),
            new Dictionary<string, string> { ["Title"] = "Before the backup", ["Body"] = "Some words about my week." });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var storyPage = posted.Headers.Location!.OriginalString;
        var storyId = StoryRef.FromLocation(storyPage).Id;
        var replier = Client(app, new CookieContainer());
        var reply = await replier.SubmitAsync(storyPage, RepliesOf(storyPage), new Dictionary<string, string> { ["Body"] = "I hear you." });
        var replyId = long.Parse(reply.Headers.Location!.OriginalString.Split("#reply-")[1]);
        (await replier.SubmitAsync(storyPage, links.Familiar(Forum.Domain.Stories.PostKind.Story, storyId), new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await replier.SubmitAsync(links.Report(Forum.Domain.Stories.PostKind.Reply, replyId), links.Report(Forum.Domain.Stories.PostKind.Reply, replyId),
            new Dictionary<string, string> { ["Category"] = "harassment", ["Note"] = "" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var day = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        (await writer.SubmitAsync("/me/progress", "/me/progress/check-ins", new Dictionary<string, string> { ["Day"] = day, ["Mood"] = "3", ["Note"] = "" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await writer.SubmitAsync("/me/progress", "/me/progress/milestone", new Dictionary<string, string> { ["Label"] = "Days sober", ["StartedOn"] = day }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await writer.SubmitAsync("/me/progress", "/me/progress/milestone/start-again", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The forum's push key, made as on first need, and one device the writer's name asked to be told on (the
        // subscribing itself needs a browser's push service; PushTests covers it).
        await app.Services.GetRequiredService<Forum.Web.Push.PushKeys>().GetAsync(CancellationToken.None);
        await TestPostgres.ExecuteAsync(app.ConnectionString,
            $"INSERT INTO push_subscriptions (id, pseudonym_id, kind, endpoint, p256dh, auth) SELECT gen_random_uuid(), author_id, 'something-new', " +
            $"'https://push.example.org/backup-test', 'BKey', 'auth' FROM threads WHERE id = {storyId}");

        var account = await app.AddModeratorAsync();
        var moderator = Client(app, moderatorJar);
        (await moderator.SignInAsModeratorAsync(account.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var notice = await moderator.SubmitAsync($"/mod/threads/{storyId}", links.Mod.Notice(Forum.Domain.Stories.PostKind.Story, storyId),
            new Dictionary<string, string> { ["Reason"] = "Checking in", ["Message"] = "We're thinking of you.", ["CrisisCountry"] = "" });
        notice.StatusCode.ShouldBe(HttpStatusCode.Redirect, await notice.Content.ReadAsStringAsync());
        return storyPage;
    }

    private static string RepliesOf(string storyPage) => $"/t/{StoryRef.FromLocation(storyPage).Id}/replies";

    private static async Task EveryTableHasRowsAsync(string database)
    {
        foreach (var (table, _) in await TablesAsync(database))
            (await ScalarAsync<long>(database, $"SELECT count(*) FROM {table}")).ShouldBeGreaterThan(0, $"the forum before the backup has a row in {table}");
    }

    /// <summary>Each table's row count and a hash of its rows in a fixed order (schema_migrations without the time each was applied).</summary>
    private static async Task<List<(string Table, string CountAndHash)>> TablesAsync(string database)
    {
        var tables = new List<string>();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var result = new List<(string, string)>();
        foreach (var table in tables)
        {
            var rows = table == "schema_migrations" ? "(SELECT version, checksum FROM schema_migrations)" : table;
            result.Add((table, await ScalarAsync<string>(database,
                $"SELECT count(*) || ' ' || coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '') FROM {rows} r")));
        }
        return result;
    }

    private static async Task<string> GeneratedForumAsync(int stories)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var db = TestPostgres.CreateContext(database);
        await new BenchmarkDataGenerator(db, new MarkdownPostRenderer(), new FakeTimeProvider(Builders.Now))
            .RunAsync(storyCount: stories, repliesPerStory: 4, seed: 1, _ => { });
        return database;
    }

    private static async Task<byte[]> BackupAsync(string database)
    {
        using var file = new MemoryStream();
        await new ForumBackup(database).WriteAsync(file, Passphrase, Builders.Now);
        return file.ToArray();
    }

    private static Task RestoreAsync(string database, byte[] file, string passphrase = Passphrase) =>
        new ForumRestore(database).RestoreAsync(new MemoryStream(file), passphrase, replace: false);

    private static byte[] Flipped(byte[] file, int at)
    {
        var copy = (byte[])file.Clone();
        copy[at] ^= 0x01;
        return copy;
    }

    private static async Task<T> ScalarAsync<T>(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A browser that keeps <paramref name="jar"/>'s cookies and does not follow redirects, on one app.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> app, CookieContainer jar) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
}
