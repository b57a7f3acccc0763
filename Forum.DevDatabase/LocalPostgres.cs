using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Forum.DevDatabase;

/// <summary>
/// A PostgreSQL cluster of our own, made from the machine's binaries: a private one for development under
/// .data/postgres (kept and reused between runs), or a throwaway one for tests (removed on dispose).
/// Shaped like Testcontainers' PostgreSqlContainer, which the registry here cannot serve.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private readonly string _root;
    private readonly bool _throwaway;
    private readonly string _binaries;
    private string? _password;
    private int _port;

    private LocalPostgres(string root, bool throwaway, string binaries)
    {
        _root = root;
        _throwaway = throwaway;
        _binaries = binaries;
    }

    private string DataDirectory => Path.Combine(_root, "data");
    private string PasswordFile => Path.Combine(_root, "password");
    private string LogFile => Path.Combine(_root, "postgres.log");

    /// <summary>initdb refuses to run as root, so as root every server program runs as the postgres user.</summary>
    private static bool RunAsPostgresUser => Environment.IsPrivilegedProcess && !OperatingSystem.IsWindows();

    public static LocalPostgres Throwaway() =>
        new(Path.Combine(Path.GetTempPath(), $"forum-pg-{Guid.NewGuid():N}"), throwaway: true, RequireBinaries());

    public static LocalPostgres Persistent(string root) =>
        new(ReachableByPostgresUser(Path.GetFullPath(root)), throwaway: false, RequireBinaries());

    /// <summary>
    /// As root, the server runs as the postgres user, who cannot enter a checkout under a private home folder
    /// such as /root. Then the cluster lives under /var/tmp instead, in a folder named after the checkout.
    /// </summary>
    private static string ReachableByPostgresUser(string root)
    {
        if (!RunAsPostgresUser || OperatingSystem.IsWindows()) return root;
        for (var dir = Directory.GetParent(root); dir is not null; dir = dir.Parent)
        {
            if (dir.Exists && !File.GetUnixFileMode(dir.FullName).HasFlag(UnixFileMode.OtherExecute))
                return Path.Combine("/var/tmp", "forum-postgres-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(root)))[..12]);
        }
        return root;
    }

    private static string RequireBinaries() => PostgresBinaries.Find() ?? throw new InvalidOperationException(PostgresBinaries.MissingMessage);

    /// <returns>True when this call started the server; false when it was already running and is reused.</returns>
    public async Task<bool> StartAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(_root);
        if (!File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
            await InitializeAsync(cancellationToken);
        _password = (await File.ReadAllTextAsync(PasswordFile, cancellationToken)).Trim();

        var previousPort = _port;
        if (RunningPort() is { } port && await CanConnectAsync(port, cancellationToken))
        {
            _port = port;
            return false;
        }
        _port = previousPort;

        // A restart keeps the port, so that connection strings handed out before it stay good.
        if (_port == 0) _port = FreeLoopbackPort();
        var serverOptions = $"-p {_port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''";
        if (_throwaway)
            serverOptions += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
        await RunAsync("pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", serverOptions, "start"], cancellationToken);
        return true;
    }

    /// <summary>Stops the server if it runs; false when it was not running.</summary>
    public async Task<bool> StopIfRunningAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "postmaster.pid"))) return false;
        await StopAsync(cancellationToken);
        return true;
    }

    public string GetConnectionString(string database = "postgres") => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = _port,
        Username = Superuser,
        Password = _password,
        Database = database,
    }.ConnectionString;

    /// <summary>Stops the server and keeps its data, for tests of what the forum does while the database is away.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"], cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (!_throwaway) return;
        try
        {
            await RunAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"], CancellationToken.None);
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (RunAsPostgresUser)
            await RunProcessAsync("chown", [$"{Superuser}:", _root], asPostgres: false, cancellationToken);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var bootstrapPasswordFile = Path.Combine(_root, "initdb-password");
        await File.WriteAllTextAsync(bootstrapPasswordFile, password, cancellationToken);
        if (RunAsPostgresUser)
            await RunProcessAsync("chown", [$"{Superuser}:", bootstrapPasswordFile], asPostgres: false, cancellationToken);
        await RunAsync("initdb",
            ["-D", DataDirectory, "-U", Superuser, "--pwfile", bootstrapPasswordFile, "--auth", "scram-sha-256",
             "--encoding", "UTF8", "--locale", "C", "--no-sync"], cancellationToken);
        File.Delete(bootstrapPasswordFile);
        await File.WriteAllTextAsync(PasswordFile, password, cancellationToken);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    /// <summary>The port a server already running on this data directory listens on (line 4 of postmaster.pid).</summary>
    private int? RunningPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        try
        {
            var lines = File.ReadAllLines(pidFile);
            return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private async Task<bool> CanConnectAsync(int port, CancellationToken cancellationToken)
    {
        _port = port;
        try
        {
            await using var connection = new NpgsqlConnection(GetConnectionString() + ";Timeout=3");
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            // A stale postmaster.pid from a crash; pg_ctl start clears it.
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunProcessAsync(Path.Combine(_binaries, program), arguments, RunAsPostgresUser, cancellationToken);

    private static async Task RunProcessAsync(string program, IReadOnlyList<string> arguments, bool asPostgres, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", Superuser, "--", program }) start.ArgumentList.Add(prefix);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} failed with exit code {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
    }
}
