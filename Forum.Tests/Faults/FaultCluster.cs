using Forum.Data.Migrations;
using Forum.DevDatabase;
using Forum.Data.Seeding;
using Forum.Data.Writing;
using Microsoft.Extensions.Logging.Abstractions;

namespace Forum.Tests.Faults;

/// <summary>
/// A PostgreSQL cluster of a fault test's own, which the test stops and starts as it likes. Never the shared
/// test server: other tests, and other people's runs, keep using that one undisturbed.
/// </summary>
public sealed class FaultCluster : IAsyncDisposable
{
    private readonly LocalPostgres _cluster = LocalPostgres.Throwaway();

    private FaultCluster() { }

    /// <summary>The forum's database on this cluster: migrated and seeded, like the suite's template.</summary>
    public string ConnectionString { get; private set; } = "";

    public static async Task<FaultCluster> StartAsync()
    {
        var fault = new FaultCluster();
        await fault._cluster.StartAsync();
        await TestPostgres.ExecuteAsync(fault._cluster.GetConnectionString(), "CREATE DATABASE forum");
        fault.ConnectionString = fault._cluster.GetConnectionString("forum");
        await new MigrationRunner(fault.ConnectionString, NullLogger.Instance).MigrateAsync(Migration.Embedded());
        await using var db = TestPostgres.CreateContext(fault.ConnectionString);
        await new ForumSeeder(db, new StoryWriter(db, new MarkdownPostRenderer(), TimeProvider.System, WatchedPhrases.None, Builders.NoRisk), TimeProvider.System).SeedAsync();
        return fault;
    }

    /// <summary>A fast shutdown: sessions are ended, committed work is kept, new connections are refused.</summary>
    public Task StopAsync() => _cluster.StopAsync();

    /// <summary>Back on the same port, so the app's connection string still points at it.</summary>
    public Task StartAgainAsync() => _cluster.StartAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _cluster.DisposeAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test; the cluster's folder is removed all the same.
        }
    }
}
