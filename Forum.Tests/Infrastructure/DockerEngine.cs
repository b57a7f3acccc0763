using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// Whether a Docker engine answers, asked the cheap way (GET /version on its socket) before Testcontainers is
/// touched, so a machine without Docker falls back at once instead of after a client's retries.
/// </summary>
public static class DockerEngine
{
    /// <summary>The API version Testcontainers 4 asks for unless told otherwise.</summary>
    private static readonly Version ClientApiVersion = new(1, 44);

    private static readonly Lazy<Task<string?>> Answer = new(AskAsync);

    public static bool Required => Environment.GetEnvironmentVariable("FORUM_REQUIRE_DOCKER") == "1";

    /// <summary>Null when an engine answers; otherwise why not, in words for a skip or failure message.</summary>
    public static Task<string?> UnavailableBecauseAsync() => Answer.Value;

    private static async Task<string?> AskAsync()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        // A remote or TCP engine is Testcontainers' own business: it reads DOCKER_HOST and its settings itself.
        if (!string.IsNullOrEmpty(host) && !host.StartsWith("unix://", StringComparison.Ordinal)) return null;
        var socket = string.IsNullOrEmpty(host) ? "/var/run/docker.sock" : host["unix://".Length..];
        if (!File.Exists(socket)) return $"no Docker engine socket at {socket}";

        try
        {
            using var http = new HttpClient(new SocketsHttpHandler
            {
                ConnectCallback = async (_, cancel) =>
                {
                    var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    await s.ConnectAsync(new UnixDomainSocketEndPoint(socket), cancel);
                    return new NetworkStream(s, ownsSocket: true);
                },
            }) { BaseAddress = new Uri("http://docker"), Timeout = TimeSpan.FromSeconds(10) };
            var version = await http.GetFromJsonAsync<EngineVersion>("/version");
            if (version?.ApiVersion is null) return $"the engine at {socket} did not say its API version";
            PrepareTestcontainers(Version.Parse(version.ApiVersion));
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or TaskCanceledException)
        {
            return $"the Docker engine at {socket} did not answer ({e.Message})";
        }
    }

    /// <summary>
    /// Settings Testcontainers reads from the environment, set only where this engine needs them and the caller
    /// has not chosen: an older engine (Debian's 20.10 speaks 1.41) refuses the newer API version, and published
    /// ports are reached on IPv4 loopback rather than whatever "localhost" resolves to first.
    /// </summary>
    private static void PrepareTestcontainers(Version engineApi)
    {
        if (engineApi < ClientApiVersion) SetUnlessChosen("DOCKER_API_VERSION", engineApi.ToString(2));
        SetUnlessChosen("TESTCONTAINERS_HOST_OVERRIDE", "127.0.0.1");
        // Ryuk's image cannot be built from Debian's packages; the suite removes its own container (TestPostgres).
        SetUnlessChosen("TESTCONTAINERS_RYUK_DISABLED", "true");
    }

    private static void SetUnlessChosen(string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name))) Environment.SetEnvironmentVariable(name, value);
    }

    private sealed record EngineVersion([property: JsonPropertyName("ApiVersion")] string? ApiVersion);
}
