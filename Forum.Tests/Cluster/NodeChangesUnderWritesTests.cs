using System.Collections.Concurrent;
using System.Net;
using Forum.Tests.Infrastructure;

namespace Forum.Tests.Cluster;

/// <summary>
/// A node changing while writers post stories and replies through nginx: replaced by `scripts/cluster upgrade DIR`,
/// or killed outright. No request a writer sends may fail, and every story and reply a writer was told is posted
/// must be stored, once. Limits are off so that the count measures the nodes, not the budgets.
/// </summary>
[Category("Cluster")]
[NonParallelizable]
public sealed class NodeChangesUnderWritesTests
{
    private LoopbackCluster _cluster = null!;

    [OneTimeSetUp]
    public async Task Up() => _cluster = await LoopbackCluster.UpAsync("RateLimits__Enabled=false");

    [OneTimeTearDown]
    public async Task Down() => await _cluster.DownAsync();

    /// <summary>
    /// The new build is the same code published to a second folder: what is under test is the sequence (the new
    /// build's migrations first, then each node out of nginx, stopped, started on the new build and back once ready),
    /// not a change of code.
    /// </summary>
    [Test]
    public async Task A_rolling_upgrade_under_writes_fails_no_request_and_loses_no_write()
    {
        var next = Path.Combine(_cluster.Folder, "next-build");
        var (copied, copyOutput) = await _cluster.ShellAsync($"rm -rf '{next}' && cp -a '{_cluster.PublishedApp}' '{next}'");
        copied.ShouldBe(0, copyOutput);
        var before = await NodeProcessesAsync();

        var load = WriterLoad.Start(_cluster.Balancer, "through an upgrade");
        await ClusterVisits.EventuallyAsync(() => Task.FromResult(load.Replies.Count >= 10), "the writers are writing");
        var beforeUpgrade = load.Acknowledged;
        var output = await _cluster.RunAsync("upgrade", next);
        var duringUpgrade = load.Acknowledged - beforeUpgrade;
        // A little more after, on the new build alone.
        var afterUpgrade = load.Acknowledged;
        await ClusterVisits.EventuallyAsync(() => Task.FromResult(load.Acknowledged >= afterUpgrade + 10), "the writers write on the new build");
        await load.StopAsync();

        await load.ShouldAllBeStoredAsync(_cluster, "Rolling upgrade", $"{duringUpgrade} during the upgrade");
        duringUpgrade.ShouldBeGreaterThan(0, "writes flowed while the nodes were replaced");

        // The order the script promised: migrations before any node, then a, then b.
        var steps = new[] { "upgrade: migrating", "upgrade: node a out", "upgrade: node a runs", "upgrade: node b out", "upgrade: node b runs" };
        steps.ShouldAllBe(step => output.Contains(step), output);
        steps.Select(step => output.IndexOf(step, StringComparison.Ordinal)).ShouldBeInOrder(SortDirection.Ascending, output);
        var after = await NodeProcessesAsync();
        foreach (var name in new[] { "a", "b" })
        {
            after[name].Pid.ShouldNotBe(before[name].Pid, $"node {name} was restarted");
            after[name].Build.ShouldBe(next, $"node {name} runs the new build");
        }
    }

    /// <summary>
    /// A node killed with posts in flight: nginx sends a composer's POST again to the other node (its submission key
    /// makes that safe: the other node finds the post if the first had written it), so no writer sees a 502 and no
    /// post is stored twice.
    /// </summary>
    [Test]
    public async Task Killing_a_node_while_writers_post_fails_no_request_and_stores_each_post_once()
    {
        var load = WriterLoad.Start(_cluster.Balancer, "while a node dies");
        try
        {
            await ClusterVisits.EventuallyAsync(() => Task.FromResult(load.Replies.Count >= 10), "the writers are writing");
            await _cluster.RunAsync("node", "b", "kill");
            var afterKill = load.Acknowledged;
            await ClusterVisits.EventuallyAsync(() => Task.FromResult(load.Acknowledged >= afterKill + 20), "the writers write on the one node left");
            await load.StopAsync();
        }
        finally
        {
            await load.StopAsync();
            await _cluster.RunAsync("node", "b", "start");
        }

        await load.ShouldAllBeStoredAsync(_cluster, "A node killed under writes", "node b killed with writes in flight");
        // Stored once: a POST nginx sent twice must not have made a second post.
        (await CountAsync($"SELECT count(*) - count(DISTINCT body_source) FROM replies WHERE body_source LIKE '%{load.Marker}%'")).ShouldBe(0);
        (await CountAsync($"SELECT count(*) - count(DISTINCT title) FROM threads WHERE title LIKE '%{load.Marker}%'")).ShouldBe(0);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_cluster.Primary);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each node's process and the folder it runs from (its working directory).</summary>
    private async Task<Dictionary<string, (int Pid, string Build)>> NodeProcessesAsync()
    {
        var nodes = new Dictionary<string, (int, string)>();
        foreach (var name in new[] { "a", "b" })
        {
            var pid = int.Parse((await File.ReadAllTextAsync(Path.Combine(_cluster.Folder, $"node-{name}", "pid"))).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            nodes[name] = (pid, new DirectoryInfo($"/proc/{pid}/cwd").ResolveLinkTarget(false)?.FullName ?? "");
        }
        return nodes;
    }

    /// <summary>Writers, each with their own browser, posting a story and three replies to it, over and over, until stopped.</summary>
    private sealed class WriterLoad
    {
        private const int Writers = 4;
        private const int RepliesPerStory = 3;

        private readonly Uri _balancer;
        private readonly CancellationTokenSource _stop = new();
        private List<Task> _writers = [];
        private int _requests;

        private WriterLoad(Uri balancer, string what)
        {
            _balancer = balancer;
            Marker = $"{what} {Guid.NewGuid():N}";
        }

        /// <summary>In every title and body, so that this load's posts can be told from any other's.</summary>
        public string Marker { get; }

        public ConcurrentBag<long> Stories { get; } = [];
        public ConcurrentBag<long> Replies { get; } = [];
        public ConcurrentBag<string> Failures { get; } = [];
        public int Acknowledged => Stories.Count + Replies.Count;

        public static WriterLoad Start(Uri balancer, string what)
        {
            var load = new WriterLoad(balancer, what);
            load._writers = Enumerable.Range(0, Writers).Select(w => Task.Run(() => load.WriteUntilStoppedAsync(w))).ToList();
            return load;
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await Task.WhenAll(_writers);
        }

        public async Task ShouldAllBeStoredAsync(LoopbackCluster cluster, string what, string during)
        {
            var storedStories = await CountStoredAsync(cluster, "threads", Stories);
            var storedReplies = await CountStoredAsync(cluster, "replies", Replies);
            await TestContext.Progress.WriteLineAsync(
                $"{what}: {_requests} requests, {Failures.Count} failed; {Stories.Count} stories and {Replies.Count} replies acknowledged " +
                $"({during}), {Stories.Count - storedStories} and {Replies.Count - storedReplies} lost; " +
                $"load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Failures.ShouldBeEmpty(string.Join("\n", Failures.Take(20)));
            storedStories.ShouldBe(Stories.Count);
            storedReplies.ShouldBe(Replies.Count);
        }

        private async Task WriteUntilStoppedAsync(int writer)
        {
            var client = ClusterVisits.Visitor(new CookieContainer(), _balancer);
            for (var n = 0; !_stop.IsCancellationRequested; n++)
            {
                var story = await SendAsync(() => client.SubmitAsync("/r/anxiety/new", "/r/anxiety/threads", new Dictionary<string, string>
                {
                    ["Title"] = $"Writer {writer}, story {n}, {Marker}", ["Body"] = "A few lines written while the nodes change.",
                }), $"story {writer}/{n}");
                if (story is null) continue;
                Stories.Add(long.Parse(story.Split('/')[2]));
                for (var r = 0; r < RepliesPerStory; r++)
                {
                    var reply = await SendAsync(() => client.SubmitAsync(story, ClusterVisits.RepliesOf(story),
                        new Dictionary<string, string> { ["Body"] = $"Writer {writer}, reply {r} to story {n}: still here. {Marker}" }), $"reply {writer}/{n}/{r}");
                    if (reply is not null) Replies.Add(long.Parse(reply.Split("#reply-")[1]));
                }
            }
        }

        // One send (the form's page, then the post): where the writer was sent, or null after noting the failure.
        private async Task<string?> SendAsync(Func<Task<HttpResponseMessage>> send, string what)
        {
            Interlocked.Add(ref _requests, 2);
            try
            {
                using var response = await send();
                if (response.StatusCode == HttpStatusCode.Redirect) return response.Headers.Location!.OriginalString;
                Failures.Add($"{what}: {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or AssertionException or TaskCanceledException)
            {
                Failures.Add($"{what}: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            }
            return null;
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
}
