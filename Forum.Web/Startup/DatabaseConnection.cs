using Forum.DevDatabase;

namespace Forum.Web.Startup;

/// <summary>
/// Finds the database: the configured ConnectionStrings:Forum, or in Development a private PostgreSQL cluster
/// under .data/postgres that this process starts (or reuses).
/// </summary>
internal static class DatabaseConnection
{
    public const string Name = "Forum";

    public const string MissingInProduction =
        "No database is configured: set the ConnectionStrings__Forum environment variable to a PostgreSQL connection string.";

    public static async Task ConfigureAsync(WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(Name))) return;
        if (!builder.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync(MissingInProduction);
            Environment.Exit(1);
        }

        try
        {
            builder.Configuration[$"ConnectionStrings:{Name}"] = await DevelopmentDatabase.StartAsync(builder.Environment.ContentRootPath);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            Environment.Exit(1);
        }
    }
}
