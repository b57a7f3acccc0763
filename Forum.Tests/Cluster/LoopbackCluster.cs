using System.Net;
using System.Net.Sockets;
using Forum.Tests.Deployment;
using Forum.Tests.Infrastructure;
using Npgsql;

namespace Forum.Tests.Cluster;

/// <summary>
/// The topology of scripts/cluster, brought up by that script for one fixture under a folder and ports of its own,
/// and removed with `scripts/cluster down`. The Release build is made once per run and shared by every fixture.
/// </summary>
public sealed class LoopbackCluster
{
    /// <summary>Only so a wedged start cannot hold CI for its whole limit; a healthy one takes well under a minute.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(6);

    private static readonly string Script = Path.Combine(SourceTree.Root, "scripts", "cluster");
    private static readonly string App = Path.Combine(SourceTree.Root, "Forum.Web", "bin", "Release", "cluster");
    private static readonly SemaphoreSlim BuildOnce = new(1, 1);
    private static bool _built;

    private readonly Dictionary<string, string> _environment;
    private Dictionary<string, string> _addresses = [];

    private LoopbackCluster(string nodeSettings)
    {
        _environment = new Dictionary<string, string>
        {
            ["FORUM_CLUSTER_DIR"] = Path.Combine("/tmp", $"forum-cluster-test-{Guid.NewGuid():N}"[..32]),
            ["FORUM_CLUSTER_PORT"] = FreePortRun(6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FORUM_CLUSTER_APP"] = App,
            ["FORUM_CLUSTER_NODE_ENV"] = nodeSettings,
        };
    }

    public static bool Required => Environment.GetEnvironmentVariable("FORUM_REQUIRE_CLUSTER") == "1";

    public Uri Balancer => new(_addresses["FORUM_URL"]);
    public Uri NodeA => new(_addresses["FORUM_NODE_A"]);
    public Uri NodeB => new(_addresses["FORUM_NODE_B"]);
    public string Primary => _addresses["FORUM_PRIMARY"];
    public string Standby => _addresses["FORUM_STANDBY"];

    /// <summary>Both servers in one multi-host connection string, as the nodes have it.</summary>
    public string Hosts => _addresses["FORUM_HOSTS"];
    public string PublishedApp => App;

    /// <summary>The folder that holds every server's data, logs and configuration (FORUM_CLUSTER_DIR).</summary>
    public string Folder => _environment["FORUM_CLUSTER_DIR"];

    /// <summary>A shell command run with the cluster's environment, as an operator at its machine would; the exit code and output.</summary>
    public Task<(int Code, string Output)> ShellAsync(string command) =>
        ComposeStack.RunAsync("bash", ["-c", command], _environment);

    /// <summary>Why the cluster cannot run on this machine, or null.</summary>
    public static string? MissingPrograms()
    {
        var missing = new[] { "nginx", "redis-server", "curl" }.Where(program => !OnPath(program)).ToList();
        if (!Directory.Exists("/usr/lib/postgresql") || !Directory.EnumerateFiles("/usr/lib/postgresql", "pg_basebackup", SearchOption.AllDirectories).Any())
            missing.Add("PostgreSQL's server programs");
        return missing.Count == 0 ? null : $"missing: {string.Join(", ", missing)} (Debian: apt install nginx-light redis-server postgresql curl)";
    }

    /// <summary>Up, or the fixture is ignored (a failure under FORUM_REQUIRE_CLUSTER=1) when the machine lacks a program.</summary>
    public static async Task<LoopbackCluster> UpAsync(string nodeSettings = "")
    {
        if (MissingPrograms() is { } missing)
        {
            var message = $"The cluster cannot run here: {missing}.";
            if (Required) Assert.Fail(message + " FORUM_REQUIRE_CLUSTER=1 makes that a failure.");
            Assert.Ignore(message);
        }
        await BuildOnce.WaitAsync();
        try
        {
            if (!_built) await RunScriptAsync(new Dictionary<string, string> { ["FORUM_CLUSTER_APP"] = App }, "build");
            _built = true;
        }
        finally
        {
            BuildOnce.Release();
        }
        var cluster = new LoopbackCluster(nodeSettings);
        try
        {
            await cluster.RunAsync("up");
        }
        catch
        {
            await cluster.DownAsync();
            throw;
        }
        cluster._addresses = (await cluster.RunAsync("env")).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1].Trim('\''));
        return cluster;
    }

    public Task DownAsync() => RunAsync("down");

    public Task<string> RunAsync(params string[] arguments) => RunScriptAsync(_environment, arguments);

    /// <summary>A moderator account made with the forum's own verb, the password on standard input as an operator would.</summary>
    public async Task AddModeratorAsync(string name, string password)
    {
        var (code, output) = await ComposeStack.RunAsync("bash", ["-c", $"printf '%s\\n' \"$FORUM_PASSWORD\" | \"{Script}\" forum moderator add \"$FORUM_NAME\" --role admin"],
            new Dictionary<string, string>(_environment) { ["FORUM_PASSWORD"] = password, ["FORUM_NAME"] = name });
        code.ShouldBe(0, output);
    }

    public async Task<T> OnServerAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> RunScriptAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var run = ComposeStack.RunAsync(Script, arguments, environment);
        if (await Task.WhenAny(run, Task.Delay(HangGuard)) != run)
            throw new AssertionException($"scripts/cluster {string.Join(' ', arguments)} did not finish within {HangGuard.TotalMinutes} minutes.");
        var (code, output) = await run;
        if (code != 0) throw new AssertionException($"scripts/cluster {string.Join(' ', arguments)} exited with {code}:\n{output}");
        return output;
    }

    /// <summary>On PATH, or in the sbin folders where Debian puts nginx and a non-root PATH often does not look.</summary>
    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/sbin"])
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>The first of <paramref name="count"/> consecutive loopback ports that are free now.</summary>
    private static int FreePortRun(int count)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = Random.Shared.Next(20000, 40000);
            if (Enumerable.Range(first, count).All(PortIsFree)) return first;
        }
        throw new InvalidOperationException("No run of free loopback ports was found.");
    }

    private static bool PortIsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
