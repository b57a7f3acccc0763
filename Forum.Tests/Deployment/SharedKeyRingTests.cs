using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Deployment;

/// <summary>
/// The Data Protection key ring lives in the database, so what one app instance signs (antiforgery tokens,
/// moderator cookies) another instance, or the same app after a restart, accepts. Each pair of instances here
/// shares only the database: one browser's cookie jar is carried from one to the other.
/// </summary>
[Category("Web")]
public sealed class SharedKeyRingTests
{
    private string _folder = null!;

    [SetUp]
    public void MakeFolder() => _folder = Directory.CreateTempSubdirectory("forum-keys-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public async Task A_form_rendered_by_one_instance_posts_to_another_on_the_same_database()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var first = new ForumWebFactory(database);
        await using var second = new ForumWebFactory(database);
        var jar = new CookieContainer();

        var form = await Client(first, jar).GetDocumentAsync("/r/anxiety/new");
        var posted = await Client(second, jar).PostAsync("/r/anxiety/threads", Story(form, "Written on one node, sent to another"));

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        (await CountKeysAsync(database)).ShouldBe(1, "both instances use the one key in the database");
    }

    [Test]
    public async Task An_instance_with_a_key_ring_of_its_own_refuses_that_form()
    {
        // What the shared ring prevents, and proof that the test above can fail: keys in a folder of this node's own.
        var database = await TestPostgres.CreateDatabaseAsync();
        await using var first = new ForumWebFactory(database);
        await using var loner = new ForumWebFactory(database).WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(_folder))));
        var jar = new CookieContainer();

        var form = await Client(first, jar).GetDocumentAsync("/r/anxiety/new");
        var posted = await Client(loner, jar).PostAsync("/r/anxiety/threads", Story(form, "Sent to a node with other keys"));

        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Directory.GetFiles(_folder, "key-*.xml").ShouldNotBeEmpty();
    }

    [Test]
    public async Task A_moderator_stays_signed_in_when_the_app_restarts()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var jar = new CookieContainer();
        await using (var before = new ForumWebFactory(database))
        {
            var moderator = await before.AddModeratorAsync();
            var signedIn = await Client(before, jar).SignInAsModeratorAsync(moderator.Name, Moderators.Password);
            signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        }

        await using var after = new ForumWebFactory(database);
        (await Client(after, jar).GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Client(after, new CookieContainer()).GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "without the cookie");
    }

    /// <summary>A browser that keeps <paramref name="jar"/>'s cookies and does not follow redirects, on one instance.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> app, CookieContainer jar) =>
        app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));

    private static FormUrlEncodedContent Story(IHtmlDocument composer, string title) =>
        new(composer.Forms.Single(f => f.GetAttribute("action") == "/r/anxiety/threads").Elements.OfType<IHtmlInputElement>()
            .Where(input => input.Type == "hidden")
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Append(new("Title", $"{title} {Guid.NewGuid():N}"))
            .Append(new("Body", "A few lines about the week.")));

    private static async Task<long> CountKeysAsync(string database)
    {
        await using var connection = new Npgsql.NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM data_protection_keys", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
