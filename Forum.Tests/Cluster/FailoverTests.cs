using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Cluster;

/// <summary>
/// The primary dies under a steady stream of replies and the standby is promoted (`scripts/cluster failover`); the
/// nodes are not restarted. Writes resume through the multi-host connection string within <see cref="ResumeWithin"/>.
/// Every reply a writer was told is posted is then looked for on the new primary: with synchronous_commit against
/// the standby none may be missing; with asynchronous replication the count lost is reported (docs/SCALING.md).
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class FailoverTests
{
    /// <summary>Promotion takes about a second and Npgsql rechecks which host is the primary every 2 s; the rest is headroom for a loaded CI machine.</summary>
    private static readonly TimeSpan ResumeWithin = TimeSpan.FromSeconds(30);

    private const int Writers = 4;

    private const int AcknowledgedBeforeFailover = 40;

    [TestCase(false, TestName = "With asynchronous replication, writes resume after the primary dies and the standby is promoted")]
    [TestCase(true, TestName = "With commits waiting for the standby, writes resume after a failover and none acknowledged is lost")]
    public async Task Writes_resume_after_failover(bool synchronous)
    {
        var cluster = await LoopbackCluster.UpAsync("RateLimits__Enabled=false");
        try
        {
            if (synchronous) await cluster.RunAsync("sync", "on");
            var story = await ClusterVisits.PostStoryAsync(Browser(cluster), "Replies through a failover", "Reply as often as you like.");
            var acknowledged = new ConcurrentBag<long>();
            var refusals = new ConcurrentBag<string>();
            var clock = Stopwatch.StartNew();
            var failedOverAt = TimeSpan.MaxValue;
            var firstAfter = new ConcurrentBag<TimeSpan>();
            var acknowledgedAt = new ConcurrentBag<TimeSpan>();
            using var stop = new CancellationTokenSource();

            async Task WriteUntilStoppedAsync(int writer)
            {
                var client = Browser(cluster);
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var sentAt = clock.Elapsed;
                    try
                    {
                        var response = await client.SubmitAsync(story, ClusterVisits.RepliesOf(story),
                            new Dictionary<string, string> { ["Body"] = $"Writer {writer}, reply {n}: still here." });
                        if (response.StatusCode == HttpStatusCode.Redirect)
                        {
                            acknowledged.Add(long.Parse(response.Headers.Location!.OriginalString.Split("#reply-")[1]));
                            acknowledgedAt.Add(clock.Elapsed);
                            if (sentAt > failedOverAt) firstAfter.Add(clock.Elapsed);
                            continue;
                        }
                        refusals.Add($"{(int)response.StatusCode}");
                    }
                    catch (Exception e) when (e is HttpRequestException or AssertionException or TaskCanceledException)
                    {
                        refusals.Add(e.GetType().Name);
                    }
                    await Task.Delay(50);
                }
            }

            // Beside the forum's replies, bare commits as fast as eight connections go: the rate at which asynchronous
            // replication's window shows, if it does. Each acknowledged id is one COMMIT the client saw succeed.
            await cluster.OnServerAsync<object>(cluster.Primary, "CREATE TABLE failover_probe (id bigserial PRIMARY KEY)");
            var committed = new ConcurrentBag<long>();
            await using var probe = Npgsql.NpgsqlDataSource.Create(new Npgsql.NpgsqlConnectionStringBuilder(cluster.Hosts)
            {
                TargetSessionAttributes = "primary", HostRecheckSeconds = 2, Timeout = 3,
            }.ConnectionString);

            async Task CommitUntilStoppedAsync()
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await using var command = probe.CreateCommand("INSERT INTO failover_probe DEFAULT VALUES RETURNING id");
                        committed.Add((long)(await command.ExecuteScalarAsync())!);
                    }
                    catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
                    {
                        await Task.Delay(20);
                    }
                }
            }

            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteUntilStoppedAsync(w)))
                .Concat(Enumerable.Range(0, 8).Select(_ => Task.Run(CommitUntilStoppedAsync))).ToList();
            // The failover comes while replies are flowing: once a steady number has been acknowledged.
            while (acknowledged.Count < AcknowledgedBeforeFailover && clock.Elapsed < TimeSpan.FromSeconds(90))
                await Task.Delay(50);
            var before = acknowledged.Count;
            failedOverAt = clock.Elapsed;
            await cluster.RunAsync("failover");
            while (firstAfter.IsEmpty && clock.Elapsed - failedOverAt < ResumeWithin + TimeSpan.FromSeconds(5))
                await Task.Delay(100);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            // The longest stretch with no reply acknowledged, ending after the failover began: from the last write the
            // old primary took to the first the new one took.
            var times = acknowledgedAt.Order().ToList();
            var resumed = firstAfter.IsEmpty ? (TimeSpan?)null
                : times.Zip(times.Skip(1)).Where(pair => pair.Second > failedOverAt).Max(pair => pair.Second - pair.First);
            var kept = await KeptAsync(cluster, acknowledged);
            var lost = acknowledged.Count - kept;
            var commitsKept = await CountPresentAsync(cluster, "failover_probe", committed);
            var commitsLost = committed.Count - commitsKept;
            await TestContext.Progress.WriteLineAsync(
                $"Failover ({(synchronous ? "synchronous" : "asynchronous")} commit): writes refused for {resumed?.TotalSeconds:F1} s, " +
                $"{refusals.Count} refused sends, {acknowledged.Count} acknowledged ({before} before the failover), {lost} lost; " +
                $"bare commits: {committed.Count} acknowledged, {commitsLost} lost; " +
                $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            resumed.ShouldNotBeNull($"no write succeeded within {ResumeWithin.TotalSeconds} s of the failover");
            resumed.Value.ShouldBeLessThan(ResumeWithin);
            if (synchronous)
            {
                lost.ShouldBe(0, "a reply whose commit waited for the standby survives its promotion");
                commitsLost.ShouldBe(0, "a commit that waited for the standby survives its promotion");
            }
        }
        finally
        {
            await cluster.DownAsync();
        }
    }

    private static Task<long> KeptAsync(LoopbackCluster cluster, IEnumerable<long> acknowledged) => CountPresentAsync(cluster, "replies", acknowledged);

    /// <summary>How many of the acknowledged ids the promoted standby, now the primary, holds.</summary>
    private static async Task<long> CountPresentAsync(LoopbackCluster cluster, string table, IEnumerable<long> ids)
    {
        await using var connection = new Npgsql.NpgsqlConnection(cluster.Standby);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table} WHERE id = ANY($1)", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids.ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static HttpClient Browser(LoopbackCluster cluster) => ClusterVisits.Visitor(new CookieContainer(), cluster.Balancer);
}
