using System.Diagnostics;
using Forum.Web.Routing;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Forum.Tests.Web;

/// <summary>
/// Telemetry without personal data: the main journeys run with every signal exported to memory, and nothing exported
/// (span names, tags, events, links, status; metric names and attributes; log messages, state and categories)
/// holds a value the journeys used: post text, a title or its slug, a name, a pseudonym's id, the visitor's address
/// or user agent, what they searched for.
/// </summary>
[Category("Web")]
// Meters and activity sources are process-wide: beside another fixture's app it would count that app's stories too.
[NonParallelizable]
public sealed class TelemetryPrivacyTests
{
    private const string Proxy = "203.0.113.10";
    private const string VisitorAddress = "198.51.100.77";
    private const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) QuillfeatherBrowser/7.3";

    private readonly List<Activity> _spans = [];
    private readonly List<MetricSnapshot> _metrics = [];
    private readonly List<LogRecord> _logs = [];
    private ForumWebFactory _factory = null!;
    private WebApplicationFactory<Program> _app = null!;

    [OneTimeSetUp]
    public async Task StartApp()
    {
        _factory = await ForumWebFactory.CreateAsync(rateLimits: true, pageCache: true);
        _factory.Settings["Telemetry:Enabled"] = "true";
        _factory.Settings["ForwardedHeaders:KnownProxies:0"] = Proxy;
        _app = TestDevices.On(_factory).WithWebHostBuilder(host => host.ConfigureServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(_metrics));
            services.ConfigureOpenTelemetryLoggerProvider(logs => logs.AddInMemoryExporter(_logs));
        }));
    }

    [OneTimeTearDown]
    public async Task StopApp()
    {
        await _app.DisposeAsync();
        await _factory.DisposeAsync();
    }

    /// <summary>A browser behind the trusted proxy, which says who it is (X-Forwarded-For) and what it runs (User-Agent).</summary>
    private HttpClient Visitor()
    {
        var client = TestDevices.Client(_app, Proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", VisitorAddress);
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return client;
    }

    [Test]
    public async Task Nothing_exported_from_the_main_journeys_holds_a_value_they_used()
    {
        var links = _app.Services.GetRequiredService<ForumLinks>();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"Marigold lanterns at dusk {marker}";
        var body = $"The quince tree outside my window {marker} kept me company through the worst week.";
        var reply = $"Your quince tree reminds me of my own heron pond {marker}.";
        var note = $"The writer mentions a cliff path {marker}";
        // Plainly at risk whatever the random marker: a short sentence beside a random word can fall under the detector's
        // bar (docs/decisions/0007-risk-detector.md, round 4), and this test is about what telemetry keeps, not the detector.
        var danger = $"I want to kill myself tonight. I have the pills ready and the note is written, juniper {marker}.";
        var searched = $"quince{marker}";

        var writer = Visitor();
        var posted = await writer.SubmitAsync(links.NewStory("anxiety"), links.RoomStories("anxiety"), new Dictionary<string, string> { ["Title"] = title, ["Body"] = body });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        var story = StoryRef.FromLocation(posted.Headers.Location!.OriginalString);
        (await writer.GetAsync(story.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Visitor().GetAsync(story.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Visitor().GetAsync(story.Url)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var replier = Visitor();
        var replied = await replier.SubmitAsync(story.Url, links.Replies(story.Id), new Dictionary<string, string> { ["Body"] = reply });
        replied.StatusCode.ShouldBe(HttpStatusCode.Redirect, await replied.Content.ReadAsStringAsync());

        var reported = await Visitor().SubmitAsync($"/posts/thread/{story.Id}/report", $"/posts/thread/{story.Id}/report",
            new Dictionary<string, string> { ["Category"] = "at_risk", ["Note"] = note });
        reported.StatusCode.ShouldBe(HttpStatusCode.Redirect, await reported.Content.ReadAsStringAsync());

        var paused = await Visitor().SubmitAsync(links.NewStory("depression"), links.RoomStories("depression"),
            new Dictionary<string, string> { ["Title"] = $"Juniper {marker}", ["Body"] = danger });
        paused.StatusCode.ShouldBe(HttpStatusCode.OK, "the crisis pause");

        (await Visitor().GetAsync(links.Search(searched, null, 1))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Made through this app, not the fixture's own: one app runs, and everything it does is exported here.
        Moderator moderator;
        using (var scope = _app.Services.CreateScope())
            moderator = await scope.ServiceProvider.GetRequiredService<Forum.Web.Moderation.ModeratorAccounts>()
                .AddAsync($"Mod {marker}", Moderators.Password, ModeratorRole.Moderator, CancellationToken.None);
        var signingIn = Visitor();
        (await signingIn.SignInAsModeratorAsync(moderator.Name, Moderators.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await signingIn.GetAsync("/mod")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var names = await InDatabaseAsync(db => db.Pseudonyms
            .Where(p => db.Stories.Any(s => s.Id == story.Id && s.AuthorId == p.Id) || db.Replies.Any(r => r.StoryId == story.Id && r.AuthorId == p.Id))
            .Select(p => new { p.Id, p.Name }).ToListAsync());
        names.Count.ShouldBe(2, "the writer's name and the replier's");

        _app.Services.GetRequiredService<TracerProvider>().ForceFlush().ShouldBeTrue();
        _app.Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();
        _app.Services.GetRequiredService<LoggerProvider>().ForceFlush().ShouldBeTrue();

        var exported = Exported().ToList();
        // It was all there to search: requests by their route, SQL, the forum's own meters.
        exported.ShouldContain(text => text.Contains("{room}"), "request spans are named by their route's template");
        _spans.ShouldContain(span => span.Source.Name == "Npgsql");
        Sum("forum.stories.written").ShouldBe(1);
        Sum("forum.replies.written").ShouldBe(1);
        Sum("forum.crisis_pauses.shown").ShouldBe(1);

        string[] forbidden =
        [
            title, story.Slug, body, reply, note, danger, searched, marker, moderator.Name, VisitorAddress, UserAgent, "QuillfeatherBrowser",
            .. names.SelectMany(n => new[] { n.Name, n.Id.ToString("N"), n.Id.ToString("D") }),
        ];
        var found = forbidden.SelectMany(value => exported.Where(text => text.Contains(value, StringComparison.OrdinalIgnoreCase)).Select(text => $"{value} in: {text}")).ToList();
        found.ShouldBeEmpty();
    }

    private long Sum(string metric) =>
        _metrics.Where(m => m.Name == metric).Select(m => m.MetricPoints.LastOrDefault()).Sum(p => p.GetSumLong());

    private async Task<T> InDatabaseAsync<T>(Func<Forum.Data.ForumDbContext, Task<T>> read)
    {
        await using var db = TestPostgres.CreateContext(_factory.ConnectionString);
        return await read(db);
    }

    /// <summary>Every text that left through an exporter.</summary>
    private IEnumerable<string> Exported()
    {
        foreach (var span in _spans)
        {
            yield return $"span {span.Source.Name} {span.DisplayName} {span.OperationName} {span.StatusDescription} {span.TraceStateString}";
            foreach (var tag in span.TagObjects) yield return $"span tag {tag.Key}={tag.Value}";
            foreach (var item in span.Baggage) yield return $"span baggage {item.Key}={item.Value}";
            foreach (var e in span.Events)
            {
                yield return $"span event {e.Name}";
                foreach (var tag in e.Tags) yield return $"span event tag {tag.Key}={tag.Value}";
            }
            foreach (var link in span.Links)
            {
                foreach (var tag in link.Tags ?? []) yield return $"span link tag {tag.Key}={tag.Value}";
            }
        }
        foreach (var metric in _metrics)
        {
            yield return $"metric {metric.MeterName} {metric.Name} {metric.Description} {metric.Unit}";
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in point.Tags) yield return $"metric attribute {metric.Name} {tag.Key}={tag.Value}";
            }
        }
        foreach (var log in _logs)
        {
            yield return $"log {log.CategoryName} {log.EventId} {log.FormattedMessage} {log.Body} {log.Exception}";
            foreach (var attribute in log.Attributes ?? []) yield return $"log attribute {attribute.Key}={attribute.Value}";
        }
    }
}
