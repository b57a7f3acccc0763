using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Forum.Tests.Faults;

/// <summary>
/// Eight writers keep replying while PostgreSQL is restarted twice. Every reply a writer was told is posted is
/// stored, every reply that is stored was reported as posted, and every refusal meanwhile is the kind 503 page.
/// </summary>
[Category("Faults")]
[NonParallelizable]
public sealed class RestartUnderWriteLoadTests
{
    private const int Writers = 8;

    [Test]
    public async Task Acknowledged_replies_match_stored_rows_across_two_restarts()
    {
        await using var cluster = await FaultCluster.StartAsync();
        await using var factory = new ForumWebFactory(cluster.ConnectionString);
        var starter = Client(factory);
        var storyUrl = (await starter.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads",
            new Dictionary<string, string> { ["Title"] = "Restart story", ["Body"] = "Replies welcome." })).Headers.Location!.OriginalString;
        var replyAction = "/t/" + storyUrl.Split('/')[2] + "/replies";

        // Each writer holds a name and a form token before the load starts, so every later request is a plain reply.
        var writers = new List<(HttpClient Client, string Token)>();
        for (var w = 0; w < Writers; w++)
        {
            var client = Client(factory);
            (await client.SubmitAsync(storyUrl, replyAction, new Dictionary<string, string> { ["Body"] = $"hello from writer {w}" }))
                .StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var token = (await client.GetDocumentAsync(storyUrl)).QuerySelector("input[name='__form']")!.GetAttribute("value")!;
            writers.Add((client, token));
        }

        var acknowledged = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        var wrongAnswers = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var load = writers.Select((writer, w) => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var body = $"restart-load w{w} n{n}";
                var response = await writer.Client.PostAsync(replyAction, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__form"] = writer.Token, ["Body"] = body,
                }));
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    acknowledged.Add(body);
                    continue;
                }
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null && html.Contains("Please try again shortly"))
                    refused.Add(body);
                else
                    wrongAnswers.Add($"{(int)response.StatusCode} for {body}: {html[..Math.Min(200, html.Length)]}");
                await Task.Delay(50);
            }
        })).ToList();

        // Progress is counted in acknowledged replies rather than seconds, so a busy machine only makes the test slower.
        await UntilAsync(() => acknowledged.Count >= 20);
        for (var restart = 0; restart < 2; restart++)
        {
            await cluster.StopAsync();
            var refusedBefore = refused.Count;
            await UntilAsync(() => refused.Count >= refusedBefore + Writers);
            await cluster.StartAgainAsync();
            var acknowledgedBefore = acknowledged.Count;
            await UntilAsync(() => acknowledged.Count >= acknowledgedBefore + 20);
        }
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var stored = await StoredAsync(cluster.ConnectionString);
        TestContext.Out.WriteLine($"acknowledged {acknowledged.Count}, stored {stored.Count}, refused with 503 {refused.Count}, other answers {wrongAnswers.Count}");
        wrongAnswers.ShouldBeEmpty();
        refused.Count.ShouldBeGreaterThan(0, "the restarts happened while writers were writing");
        acknowledged.Except(stored).ShouldBeEmpty("an acknowledged reply was lost");
        stored.Except(acknowledged).ShouldBeEmpty("a stored reply was reported to its writer as not posted");
    }

    private static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    private static async Task UntilAsync(Func<bool> condition)
    {
        // A generous ceiling only so that a broken run ends; the test's pace is set by the condition, not the clock.
        var giveUp = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            if (DateTime.UtcNow > giveUp) Assert.Fail("The writers made no progress for three minutes.");
            await Task.Delay(20);
        }
    }

    private static async Task<List<string>> StoredAsync(string connectionString)
    {
        // Unpooled: a pooled connection from before the restarts would only meet the server that ended it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT body_source FROM replies WHERE body_source LIKE 'restart-load %'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var bodies = new List<string>();
        while (await reader.ReadAsync()) bodies.Add(reader.GetString(0));
        return bodies;
    }
}
