using Forum.Web.Health;

namespace Forum.Web.Startup;

/// <summary>
/// Three questions a node answers: /healthz/live (the process answers; restart it if not), /healthz/ready (send it
/// visitors: the database answers, the schema is this build's, the node is not stopping) and /healthz (every check,
/// in detail, for a person).
/// </summary>
internal static class HealthServices
{
    /// <summary>Checks that only /healthz/ready asks; /healthz stays the detailed view it always was.</summary>
    private const string ReadinessOnly = "readiness-only";

    private const string Readiness = "readiness";

    public static void AddForumHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ShutdownOptions>().Bind(configuration.GetSection(ShutdownOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ShutdownOptions>, ShutdownValidation>();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.DrainSeconds + shutdown.Value.RequestSeconds));
        services.AddSingleton<Draining>();
        services.AddHostedService(provider => provider.GetRequiredService<Draining>());
        services.AddSingleton<SchemaHealthCheck>();

        var healthChecks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness])
            .AddCheck<SchemaHealthCheck>(SchemaHealthCheck.Name, tags: [Readiness, ReadinessOnly])
            .AddCheck<DrainingHealthCheck>(DrainingHealthCheck.Name, tags: [Readiness, ReadinessOnly]);
        if (DatabaseConnection.IsMultiHost(new Npgsql.NpgsqlConnectionStringBuilder(DatabaseConnection.Primary(configuration))))
            healthChecks.AddCheck<StandbyHealthCheck>(StandbyHealthCheck.Name);
    }

    public static void MapForumHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", HealthReport.For(check => !check.Tags.Contains(ReadinessOnly)));
        endpoints.MapHealthChecks("/healthz/live", HealthReport.For(_ => false));
        endpoints.MapHealthChecks("/healthz/ready", HealthReport.For(check => check.Tags.Contains(Readiness)));
    }
}
