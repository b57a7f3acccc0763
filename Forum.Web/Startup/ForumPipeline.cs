using Forum.Data.Migrations;
using Forum.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Forum.Web.Startup;

internal static class ForumPipeline
{
    public static void UseForumPipeline(this WebApplication app)
    {
        // First, so that everything after sees the visitor's address and the scheme they used, not the proxy's.
        app.UseForwardedHeaders();
        app.StartForumMeters();
        app.UseHsts();
        // Before the error pages and the output cache: both need the reader's language.
        app.UseForumLanguages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = DatabaseUnavailable.StatusFor,
            // A database that is away is counted, one line per interval; a fault in the forum is logged whole.
            SuppressDiagnosticsCallback = failed =>
            {
                if (!DatabaseUnavailable.IsUnavailable(failed.Exception)) return false;
                failed.HttpContext.RequestServices.GetRequiredService<OutageLog>().Refused(failed.Exception);
                return true;
            },
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<RequestSizeGuard>();
        app.UseStaticFiles();
        app.UseMiddleware<ReadYourWrites>();
        app.UseRouting();
        app.UseMiddleware<Caching.PageCaching>();
        app.UseOutputCache();
        app.UseAuthentication();
        app.UseMiddleware<RateLimitBudget>();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapForumHealth();
        app.MapControllers();
    }

    /// <summary>
    /// Connects to Redis, when configured, before the first request: a node that finds it away starts all the same,
    /// degraded (<see cref="Redis.RedisBreaker"/>), since Redis only helps.
    /// </summary>
    public static void CheckDependencies(this WebApplication app)
    {
        if (Redis.RedisConnection.IsConfigured(app.Configuration)) app.Services.GetRequiredService<Redis.RedisBreaker>();
    }

    /// <summary>Migrates (safe when several nodes start at once) and seeds the guidelines.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        await MigrateAsync(app.Services);
    }

    /// <summary>The connection string comes from configuration: the pages' data source does not hand out its password.</summary>
    public static Task MigrateAsync(IServiceProvider services) =>
        DataServices.MigrateAsync(services, DatabaseConnection.Primary(services.GetRequiredService<IConfiguration>()));
}
