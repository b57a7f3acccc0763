using System.Collections.Concurrent;
using System.Net;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Cluster;

/// <summary>
/// `scripts/cluster upgrade DIR` while writers post stories and replies through nginx: the new build's migrations
/// first, then each node out of nginx, stopped, started on the new build and back once ready. No request a writer
/// sends may fail, and every story and reply a writer was told is posted must be stored. The new build is the same
/// code published to a second folder: what is under test is the sequence, not a change of code.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class RollingUpgradeTests
{
    private const int Writers = 4;
    private const int RepliesPerStory = 3;

    [Test]
    public async Task A_rolling_upgrade_under_writes_fails_no_request_and_loses_no_write()
    {
        var cluster = await LoopbackCluster.UpAsync("RateLimits__Enabled=false");
        try
        {
            var next = Path.Combine(cluster.Folder, "next-build");
            var (copied, copyOutput) = await cluster.ShellAsync($"cp -a '{cluster.PublishedApp}' '{next}'");
            copied.ShouldBe(0, copyOutput);
            var before = await NodeProcessesAsync(cluster);

            var stories = new ConcurrentBag<long>();
            var replies = new ConcurrentBag<long>();
            var failures = new ConcurrentBag<string>();
            var requests = 0;
            using var stop = new CancellationTokenSource();

            async Task WriteUntilStoppedAsync(int writer)
            {
                var client = ClusterVisits.Visitor(new CookieContainer(), cluster.Balancer);
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var story = await SendAsync(() => client.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string>
                    {
                        ["Title"] = $"Writer {writer}, story {n}, through an upgrade", ["Body"] = "A few lines written while the nodes change.",
                    }), $"story {writer}/{n}");
                    if (story is null) continue;
                    stories.Add(long.Parse(story.Split('/')[2]));
                    for (var r = 0; r < RepliesPerStory; r++)
                    {
                        var reply = await SendAsync(() => client.SubmitAsync(story, ClusterVisits.RepliesOf(story),
                            new Dictionary<string, string> { ["Body"] = $"Writer {writer}, reply {r} to story {n}: still here." }), $"reply {writer}/{n}/{r}");
                        if (reply is not null) replies.Add(long.Parse(reply.Split("#reply-")[1]));
                    }
                }
            }

            // One send (the form's page, then the post): where the writer was sent, or null after noting the failure.
            async Task<string?> SendAsync(Func<Task<HttpResponseMessage>> send, string what)
            {
                Interlocked.Add(ref requests, 2);
                try
                {
                    using var response = await send();
                    if (response.StatusCode == HttpStatusCode.Redirect) return response.Headers.Location!.OriginalString;
                    failures.Add($"{what}: {(int)response.StatusCode}");
                }
                catch (Exception e) when (e is HttpRequestException or AssertionException or TaskCanceledException)
                {
                    failures.Add($"{what}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
                }
                return null;
            }

            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => WriteUntilStoppedAsync(w))).ToList();
            await ClusterVisits.EventuallyAsync(() => Task.FromResult(replies.Count >= 10), "the writers are writing");
            var beforeUpgrade = replies.Count + stories.Count;
            var output = await cluster.RunAsync("upgrade", next);
            var duringUpgrade = replies.Count + stories.Count - beforeUpgrade;
            // A little more after, on the new build alone.
            var afterUpgrade = replies.Count + stories.Count;
            await ClusterVisits.EventuallyAsync(() => Task.FromResult(replies.Count + stories.Count >= afterUpgrade + 10), "the writers write on the new build");
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            var storedStories = await CountStoredAsync(cluster, "threads", stories);
            var storedReplies = await CountStoredAsync(cluster, "replies", replies);
            await TestContext.Progress.WriteLineAsync(
                $"Rolling upgrade: {requests} requests, {failures.Count} failed; {stories.Count} stories and {replies.Count} replies acknowledged " +
                $"({duringUpgrade} during the upgrade), {stories.Count - storedStories} and {replies.Count - storedReplies} lost; " +
                $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

            failures.ShouldBeEmpty(string.Join("\n", failures.Take(20)));
            storedStories.ShouldBe(stories.Count);
            storedReplies.ShouldBe(replies.Count);
            duringUpgrade.ShouldBeGreaterThan(0, "writes flowed while the nodes were replaced");

            // The order the script promised: migrations before any node, then a, then b.
            var steps = new[] { "upgrade: migrating", "upgrade: node a out", "upgrade: node a runs", "upgrade: node b out", "upgrade: node b runs" };
            steps.ShouldAllBe(step => output.Contains(step), output);
            steps.Select(step => output.IndexOf(step, StringComparison.Ordinal)).ShouldBeInOrder(SortDirection.Ascending, output);
            var after = await NodeProcessesAsync(cluster);
            foreach (var name in new[] { "a", "b" })
            {
                after[name].Pid.ShouldNotBe(before[name].Pid, $"node {name} was restarted");
                after[name].Build.ShouldBe(next, $"node {name} runs the new build");
            }
        }
        finally
        {
            await cluster.DownAsync();
        }
    }

    /// <summary>Each node's process and the folder it runs from (its working directory).</summary>
    private static async Task<Dictionary<string, (int Pid, string Build)>> NodeProcessesAsync(LoopbackCluster cluster)
    {
        var nodes = new Dictionary<string, (int, string)>();
        foreach (var name in new[] { "a", "b" })
        {
            var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(cluster.Folder, $"node-{name}", "pid"))).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            nodes[name] = (pid, new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(false)?.FullName ?? "");
        }
        return nodes;
    }

    private static async Task<long> CountStoredAsync(LoopbackCluster cluster, string table, IEnumerable<long> ids)
    {
        await using var connection = new Npgsql.NpgsqlConnection(cluster.Primary);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {table} WHERE id = ANY($1)", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids.Distinct().ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
