using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// A private redis-server on a free loopback port, without persistence, started by the test that needs it and
/// stopped (and its process ended) when disposed. Debian's redis-server package provides the program; FORUM_REDIS_SERVER
/// names another.
/// </summary>
public sealed class TestRedis : IAsyncDisposable
{
    private Process _server;

    private TestRedis(Process server, int port) => (_server, Port) = (server, port);

    public int Port { get; }

    /// <summary>The value of the app's "Redis" setting.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<TestRedis> StartAsync()
    {
        var port = FreePort();
        var redis = new TestRedis(Launch(port), port);
        await redis.WaitUntilAnsweringAsync();
        return redis;
    }

    /// <summary>Ends the server as a crash would (SIGKILL): no goodbye to its clients.</summary>
    public async Task KillAsync()
    {
        _server.Kill();
        await _server.WaitForExitAsync();
    }

    /// <summary>Freezes the server (SIGSTOP): its connections stay open and nothing answers, as a hung host looks.</summary>
    public Task FreezeAsync() => SignalAsync("STOP");

    /// <summary>Lets a frozen server go on (SIGCONT), with everything it held.</summary>
    public Task ThawAsync() => SignalAsync("CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, _server.Id.ToString()]))!;
        await kill.WaitForExitAsync();
        kill.ExitCode.ShouldBe(0, $"kill -{signal} {_server.Id}");
    }

    /// <summary>A new, empty server on the same port, as a restarted Redis without persistence is.</summary>
    public async Task StartAgainAsync()
    {
        _server.Dispose();
        _server = Launch(Port);
        await WaitUntilAnsweringAsync();
    }

    private static Process Launch(int port)
    {
        var program = Environment.GetEnvironmentVariable("FORUM_REDIS_SERVER") ?? "/usr/bin/redis-server";
        if (!File.Exists(program)) Assert.Fail($"redis-server is needed for this test: sudo apt install redis-server (looked for {program}).");
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--bind", "127.0.0.1", "--port", port.ToString(), "--save", "", "--appendonly", "no", "--daemonize", "no" })
            start.ArgumentList.Add(argument);
        var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        return server;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = await ConnectionMultiplexer.ConnectAsync($"{ConnectionString},abortConnect=false,connectTimeout=1000");
                await connection.GetDatabase().PingAsync();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline && !_server.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>A port nothing listens on now: what "Redis configured but not there" looks like.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill();
            await _server.WaitForExitAsync();
        }
        _server.Dispose();
    }
}
