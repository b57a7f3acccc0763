using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Forum.Tests.Deployment;

/// <summary>
/// The repository's docker-compose.yml, run for real under a project name of its own on a free loopback port,
/// so it never meets a stack someone started by hand or another run's.
/// </summary>
public sealed class ComposeStack
{
    private readonly string[] _compose;
    private readonly string _file;
    private readonly Dictionary<string, string> _environment;

    private ComposeStack(string[] compose, string file)
    {
        _compose = compose;
        _file = file;
        Project = $"forumtest{Guid.NewGuid().ToString("N")[..10]}";
        Port = FreeLoopbackPort();
        _environment = new Dictionary<string, string>
        {
            ["FORUM_HTTP_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FORUM_DB_PASSWORD"] = Guid.NewGuid().ToString("N"),
        };
    }

    public string Project { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Null where no compose command is installed (the v2 plugin first, then Debian's docker-compose 1.29).</summary>
    public static async Task<ComposeStack?> FindAsync()
    {
        var file = Path.Combine(RepositoryRoot(), "docker-compose.yml");
        foreach (var compose in new[] { new[] { "docker", "compose" }, ["docker-compose"] })
        {
            var (code, _) = await RunAsync(compose[0], [.. compose[1..], "version"], null);
            if (code == 0) return new ComposeStack(compose, file);
        }
        return null;
    }

    /// <summary>Runs one compose command for this project; its output comes back for the failure message.</summary>
    public async Task<string> ComposeAsync(params string[] arguments)
    {
        var (code, output) = await RunAsync(_compose[0], [.. _compose[1..], "-p", Project, "-f", _file, .. arguments], _environment);
        if (code != 0) throw new AssertionException($"`{string.Join(' ', _compose)} {string.Join(' ', arguments)}` exited with {code}:\n{output}");
        return output;
    }

    /// <summary>Whether the service's container has died or been restarted by its restart policy: waiting longer will not help.</summary>
    public async Task<string?> CrashedAsync(string service)
    {
        var id = (await ComposeAsync("ps", "-q", service)).Trim();
        if (id.Length == 0) return $"{service} has no container";
        var (_, state) = await RunAsync("docker", ["inspect", "-f", "{{.State.Status}} {{.RestartCount}}", id], null);
        var parts = state.Trim().Split(' ');
        return parts is [not "exited" and not "dead", "0"] ? null : $"{service} is {state.Trim()} (status, restarts)";
    }

    public static async Task<(int Code, string Output)> RunAsync(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync();
        lock (output) return (process.ExitCode, output.ToString());
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "docker-compose.yml"))) return dir.FullName;
        throw new InvalidOperationException("docker-compose.yml was not found above the test directory.");
    }
}
