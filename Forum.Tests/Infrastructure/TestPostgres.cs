using Forum.Data;
using Forum.Data.Migrations;
using Forum.DevDatabase;
using Forum.Data.Seeding;
using Forum.Data.Writing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Forum.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole run (TestDatabaseServer chooses which, and says so once). It holds a migrated, seeded template; each test that writes gets its own database
/// cloned from it with CREATE DATABASE … TEMPLATE, which is much faster than wiping tables.
/// </summary>
public static class TestPostgres
{
    private const string TemplateName = "forum_template";
    private static TestDatabaseServer? _server;
    private static string? _serverConnectionString;
    private static readonly List<string> Created = [];
    private static readonly SemaphoreSlim StartOnce = new(1, 1);

    private static string ServerConnectionString =>
        _serverConnectionString ?? throw new InvalidOperationException("The test database server has not started.");

    /// <summary>Started by the first test that needs it, so that unit tests alone never wait for PostgreSQL.</summary>
    private static async Task EnsureStartedAsync()
    {
        await StartOnce.WaitAsync();
        try
        {
            if (_serverConnectionString is null) await StartAsync();
        }
        finally
        {
            StartOnce.Release();
        }
    }

    private static async Task StartAsync()
    {
        _server = await TestDatabaseServer.StartAsync();
        await TestContext.Progress.WriteLineAsync($"Test database: {_server.Source}.");
        _serverConnectionString = _server.ConnectionString;
        var server = _serverConnectionString;

        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {TemplateName}");
        await ExecuteAsync(server, $"CREATE DATABASE {TemplateName}");
        var template = ConnectionStringFor(TemplateName);
        await new MigrationRunner(template, NullLogger.Instance).MigrateAsync(Migration.Embedded());
        await using (var db = CreateContext(template))
        {
            var clock = TimeProvider.System;
            await new ForumSeeder(db, new StoryWriter(db, new MarkdownPostRenderer(), clock, WatchedPhrases.None, Builders.NoRisk), clock).SeedAsync();
        }
        // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template.
        NpgsqlConnection.ClearAllPools();
    }

    public static async Task StopAsync()
    {
        if (_serverConnectionString is null) return;
        NpgsqlConnection.ClearAllPools();
        if (_server!.IsThrowaway)
        {
            await _server.DisposeAsync();
            return;
        }
        foreach (var name in Created.Append(TemplateName))
            await ExecuteAsync(ServerConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    /// <summary>A fresh database, migrated and seeded, for one test or fixture alone.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        await EnsureStartedAsync();
        var name = $"forum_test_{Guid.NewGuid():N}";
        await ExecuteAsync(ServerConnectionString, $"CREATE DATABASE {name} TEMPLATE {TemplateName}");
        lock (Created) Created.Add(name);
        return ConnectionStringFor(name);
    }

    /// <summary>An empty database, for tests of the migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        await EnsureStartedAsync();
        var name = $"forum_empty_{Guid.NewGuid():N}";
        await ExecuteAsync(ServerConnectionString, $"CREATE DATABASE {name}");
        lock (Created) Created.Add(name);
        return ConnectionStringFor(name);
    }

    /// <summary>A fresh database with one moderator in it, for tests that act as the moderators do.</summary>
    public static async Task<(string ConnectionString, int ModeratorId)> CreateDatabaseWithModeratorAsync(string name, DateTimeOffset now)
    {
        var connectionString = await CreateDatabaseAsync();
        await using var db = CreateContext(connectionString);
        var moderator = Forum.Domain.Moderation.Moderator.Create(name, Forum.Domain.Moderation.ModeratorRole.Moderator, "hash", now);
        db.Moderators.Add(moderator);
        await db.SaveChangesAsync();
        return (connectionString, moderator.Id);
    }

    public static ForumDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<ForumDbContext>().UseNpgsql(connectionString).Options);

    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ConnectionString;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
