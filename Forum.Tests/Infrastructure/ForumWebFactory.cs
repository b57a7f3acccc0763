using Forum.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Tests.Infrastructure;

/// <summary>The real app, on its own database cloned from the template, with a clock the test controls.</summary>
public sealed class ForumWebFactory(string connectionString, bool rateLimits = false, bool pageCache = false) : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = new(Builders.Now);

    /// <summary>What the app logged, through the same level filters its configuration sets for real logs.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>Configuration to apply on top of the app's own (set before the app starts).</summary>
    public Dictionary<string, string> Settings { get; } = new();

    /// <param name="rateLimits">
    /// Off unless a test is about them: tests post quickly, and RateLimits:Enabled=false is the same switch that
    /// load tests and benchmarks use.
    /// </param>
    /// <param name="pageCache">
    /// Off unless a test is about it: many tests change the database behind the app's back, which no eviction sees.
    /// </param>
    public static async Task<ForumWebFactory> CreateAsync(bool rateLimits = false, bool pageCache = false) =>
        new(await TestPostgres.CreateDatabaseAsync(), rateLimits, pageCache);

    public string ConnectionString => connectionString;

    /// <summary>Added to the app's ForumDbContext (set before the app starts), e.g. a <see cref="StatementCounter"/>.</summary>
    public List<IInterceptor> Interceptors { get; } = [new OneNamePerSave()];

    /// <summary>Serves on Kestrel at 127.0.0.1 on a free port, for a real browser; returns the base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return addresses.Addresses.First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Forum", connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "false");
        builder.UseSetting("RateLimits:Enabled", rateLimits ? "true" : "false");
        builder.UseSetting("PageCache:Enabled", pageCache ? "true" : "false");
        builder.UseSetting("Site:BaseUrl", "http://localhost");
        // The retention purge runs when a test asks for it (RetentionTests), not on a timer behind its back.
        builder.UseSetting("Retention:RunInBackground", "false");
        // A host's trim would return what NativeMemoryTrimTests just freed before it measures that.
        builder.UseSetting("Memory:TrimSeconds", "0");
        // The drain waits on the test's clock, which nothing advances unless a test is about it (ReadinessTests).
        builder.UseSetting("Shutdown:DrainSeconds", "0");
        builder.ConfigureServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            if (Interceptors.Count > 0) services.ConfigureDbContext<ForumDbContext>(options => options.AddInterceptors(Interceptors));
        });
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
