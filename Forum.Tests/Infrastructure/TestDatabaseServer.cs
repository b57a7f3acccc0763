using Forum.DevDatabase;
using Testcontainers.PostgreSql;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server a test run uses, chosen in this order: the server FORUM_TEST_DB names; a
/// Testcontainers PostgreSQL container when a Docker engine answers; a throwaway cluster from the machine's
/// PostgreSQL programs. With FORUM_REQUIRE_DOCKER=1 (CI) the last is a failure, not a fallback.
/// </summary>
internal sealed class TestDatabaseServer : IAsyncDisposable
{
    /// <summary>The tag docker-compose.yml uses too; scripts/docker-images builds it where it cannot be pulled.</summary>
    public const string Image = "postgres:15";

    /// <summary>Marks the container, so a run killed before its clean-up leaves something findable (.ci/run removes it).</summary>
    public const string Label = "forum.tests";

    private readonly IAsyncDisposable? _owned;

    private TestDatabaseServer(string connectionString, string source, IAsyncDisposable? owned)
    {
        ConnectionString = connectionString;
        Source = source;
        _owned = owned;
    }

    public string ConnectionString { get; }

    /// <summary>Where the server came from, in words, for the run's output.</summary>
    public string Source { get; }

    /// <summary>Whether this run made the server, and so can throw it away whole instead of dropping what it created.</summary>
    public bool IsThrowaway => _owned is not null;

    public static async Task<TestDatabaseServer> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("FORUM_TEST_DB");
        if (!string.IsNullOrWhiteSpace(external))
            return new TestDatabaseServer(external, "the existing server FORUM_TEST_DB names", null);

        var noDocker = await DockerEngine.UnavailableBecauseAsync();
        if (noDocker is null)
        {
            try
            {
                return await StartContainerAsync();
            }
            catch (Exception e) when (!DockerEngine.Required)
            {
                noDocker = $"the {Image} container did not start ({e.GetType().Name}: {e.Message}; scripts/docker-images builds the image)";
            }
        }
        else if (DockerEngine.Required)
        {
            throw new InvalidOperationException($"FORUM_REQUIRE_DOCKER=1, but {noDocker}.");
        }

        var cluster = LocalPostgres.Throwaway();
        await cluster.StartAsync();
        return new TestDatabaseServer(cluster.GetConnectionString(),
            $"a throwaway cluster from this machine's PostgreSQL programs, because {noDocker}", cluster);
    }

    private static async Task<TestDatabaseServer> StartContainerAsync()
    {
        // Every web fixture's app owns a pool of its own (DatabasePool), and fixtures overlap as NUnit starts and stops
        // them: PostgreSQL's default of 100 connections is too few for the run, never for one app.
        var container = new PostgreSqlBuilder(Image).WithLabel(Label, "true").WithCommand("-c", "max_connections=400").Build();
        try
        {
            await container.StartAsync();
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
        return new TestDatabaseServer(container.GetConnectionString(),
            $"a Testcontainers {Image} container ({container.Name}) on the Docker engine", container);
    }

    public ValueTask DisposeAsync() => _owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}
