using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using Forum.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Forum.Tests.Web;

/// <summary>
/// A flood of slow searches must not take the rest of the site down with it. Each search is made slow for real
/// (it holds its connection and a PostgreSQL backend in pg_sleep), and 200 are kept in flight. The thread page's
/// median time under the flood is compared with its median time just before, on the same machine: a ratio, so a
/// busy machine slows both alike. The bound stated and asserted is 10×; before searches were limited it was
/// seconds against milliseconds.
/// </summary>
[Category("Web")]
[NonParallelizable]
public sealed class SearchFloodTests
{
    private const int FloodClients = 200;
    private const double LatencyRatioBound = 10;

    [Test]
    public async Task A_thread_page_still_answers_promptly_under_a_flood_of_slow_searches()
    {
        await using var factory = await ForumWebFactory.CreateAsync();
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<ForumDbContext>(options => options.AddInterceptors(new SlowSearches()))));
        var reader = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var writer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var storyUrl = (await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Walks have helped", ["Body"] = "Some evenings I walk round the block and feel calmer." })).Headers.Location!.OriginalString;
        (await reader.GetAsync("/search?q=sleep")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var quiet = await MedianMillisecondsAsync(reader, storyUrl);

        var answers = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var flood = Enumerable.Range(0, FloodClients).Select(i => Task.Run(async () =>
        {
            var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            while (!stop.IsCancellationRequested)
            {
                var response = await client.GetAsync($"/search?q=sleep+{i % 7}");
                var html = await response.Content.ReadAsStringAsync();
                var kind = response.StatusCode switch
                {
                    HttpStatusCode.OK => "answered",
                    HttpStatusCode.ServiceUnavailable when html.Contains("Search is busy right now") && response.Headers.RetryAfter is not null => "busy",
                    _ => $"unexpected {(int)response.StatusCode}",
                };
                answers.AddOrUpdate(kind, 1, (_, n) => n + 1);
                // Like someone pressing search again after being told it is busy: soon, but not in a tight loop.
                if (kind != "answered") await Task.Delay(1000);
            }
        })).ToList();
        await Until(() => answers.GetValueOrDefault("busy") >= FloodClients);

        var flooded = await MedianMillisecondsAsync(reader, storyUrl);
        var health = await reader.GetAsync("/healthz");
        // A connection of one's own, as psql or a second node would open: the forum leaves room for it.
        await using (var other = new NpgsqlConnection(factory.ConnectionString))
            await other.OpenAsync();

        await stop.CancelAsync();
        await Task.WhenAll(flood);

        var ratio = flooded / quiet;
        TestContext.Out.WriteLine($"thread page median: quiet {quiet:F1} ms, under the flood {flooded:F1} ms, ratio {ratio:F2}; searches: {string.Join(", ", answers.Select(a => $"{a.Key} {a.Value}"))}");
        health.StatusCode.ShouldBe(HttpStatusCode.OK);
        answers.Keys.Where(k => k.StartsWith("unexpected")).ShouldBeEmpty();
        answers.GetValueOrDefault("answered").ShouldBeGreaterThan(0);
        ratio.ShouldBeLessThan(LatencyRatioBound);
    }

    [Test]
    public async Task Health_answers_at_once_while_every_pooled_connection_is_taken()
    {
        await using var factory = await ForumWebFactory.CreateAsync();
        // Two pooled connections and room for every search: slow searches take the whole pool, as page traffic can.
        factory.Settings["Database:MaxPoolSize"] = "2";
        factory.Settings["Search:MaxConcurrent"] = "50";
        factory.Settings["Search:QueueLimit"] = "0";
        await using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<ForumDbContext>(options => options.AddInterceptors(new SlowSearches()))));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var writer = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await writer.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Walks again", ["Body"] = "Some evenings the neighbours' dog walks with me." })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var stop = new CancellationTokenSource();
        var searches = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await client.GetAsync("/search?q=sleep");
        })).ToList();
        await Until(() => SleepingSearches(factory.ConnectionString) >= 2);

        // Compared with a page that needs a pooled connection, at the same moment on the same machine.
        var health = Stopwatch.StartNew();
        var healthResponse = await client.GetAsync("/healthz");
        var healthTime = health.Elapsed.TotalMilliseconds;
        var page = Stopwatch.StartNew();
        await client.GetAsync("/r/anxiety");
        var pageTime = page.Elapsed.TotalMilliseconds;
        await stop.CancelAsync();
        await Task.WhenAll(searches);

        TestContext.Out.WriteLine($"with the pool taken: /healthz {healthTime:F1} ms, a room page {pageTime:F1} ms");
        healthResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (healthTime * 3).ShouldBeLessThan(pageTime, "/healthz does not wait for a pooled connection");
    }

    private static async Task<double> MedianMillisecondsAsync(HttpClient client, string url)
    {
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            times.Add(watch.Elapsed.TotalMilliseconds);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        return times.Order().ElementAt(times.Count / 2);
    }

    private static int SleepingSearches(string connectionString)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'SELECT pg_sleep%' AND state = 'active'", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Until(Func<bool> condition)
    {
        var giveUp = DateTime.UtcNow.AddMinutes(3);
        while (!condition() && DateTime.UtcNow < giveUp) await Task.Delay(20);
    }

    /// <summary>Makes the ranking and headline queries hold their connection and a server backend for a while first, as a slow query does.</summary>
    private sealed class SlowSearches : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            // The ranking and the headlines, the two statements that read what was typed against the posts.
            if (command.CommandText.TrimStart().StartsWith("WITH m AS", StringComparison.Ordinal) || command.CommandText.Contains("ts_headline", StringComparison.Ordinal))
            {
                await using var sleep = command.Connection!.CreateCommand();
                sleep.Transaction = command.Transaction;
                sleep.CommandText = "SELECT pg_sleep(1)";
                await sleep.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}
