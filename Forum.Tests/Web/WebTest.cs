using Forum.Web.Routing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Tests.Web;

/// <summary>One app and one database per fixture; each test makes its own clients and its own uniquely named content.</summary>
[Category("Web")]
public abstract class WebTest
{
    protected ForumWebFactory Factory { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartApp() => Factory = await ForumWebFactory.CreateAsync(pageCache: PageCache);

    /// <summary>The output cache is off unless a fixture is about it (see <see cref="ForumWebFactory.CreateAsync"/>).</summary>
    protected virtual bool PageCache => false;

    [OneTimeTearDown]
    public async Task StopApp() => await Factory.DisposeAsync();

    /// <summary>A browser-like client: keeps its cookies, does not follow redirects so that tests can see them.</summary>
    protected HttpClient NewVisitor() =>
        Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The app's own link builder, so a test reaches a page by what it is, as the views do.</summary>
    protected ForumLinks Links => Factory.Services.GetRequiredService<ForumLinks>();

    protected static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Reads (or counts) straight from this fixture's database, to check what was stored against what a page said.</summary>
    protected async Task<T> InDatabaseAsync<T>(Func<Forum.Data.ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(Factory.ConnectionString);
        return await read(db);
    }

    /// <summary>Puts the database into a state no page can reach (a removal back-dated, a row broken on purpose).</summary>
    protected Task ExecuteSqlAsync(string sql) =>
        InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    /// <summary>Writes a story through the real form and returns it as a <see cref="StoryRef"/>.</summary>
    protected async Task<StoryRef> PostStoryAsync(HttpClient visitor, string title, string body = "Some words about my week.", string room = "anxiety")
    {
        var response = await visitor.SubmitAsync(Links.NewStory(room), Links.RoomStories(room), new Dictionary<string, string> { ["Title"] = title, ["Body"] = body });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return StoryRef.FromLocation(response.Headers.Location!.OriginalString);
    }
}
