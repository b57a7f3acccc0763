using System.Globalization;
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
        services.AddOptions<HostOptions>().Configure(host => host.ShutdownTimeout = ShutdownTimeout(configuration));
        services.AddSingleton<Draining>();
        services.AddHostedService(provider => provider.GetRequiredService<Draining>());
        services.AddSingleton<SchemaHealthCheck>();

        var healthChecks = services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness])
            .AddCheck<SchemaHealthCheck>(SchemaHealthCheck.Name, tags: [Readiness, ReadinessOnly])
            .AddCheck<DrainingHealthCheck>(DrainingHealthCheck.Name, tags: [Readiness, ReadinessOnly]);
        if (DatabaseConnection.IsMultiHost(new Npgsql.NpgsqlConnectionStringBuilder(DatabaseConnection.Primary(configuration))))
        {
            healthChecks.AddCheck<StandbyHealthCheck>(StandbyHealthCheck.Name);
            services.AddSingleton(new StandbyLagLimit(TimeSpan.FromSeconds(
                WholeNumberSetting.Read(configuration, StandbyLagLimit.Setting, StandbyLagLimit.DefaultSeconds, atLeast: 1))));
            services.AddSingleton<StandbyLagWatch>();
            services.AddHostedService(provider => provider.GetRequiredService<StandbyLagWatch>());
        }
    }

    /// <summary>
    /// Read from the section itself, since the host reads its options while it is built, before SettingsCheck runs:
    /// a bad value here must not throw (ShutdownValidation refuses it a moment later, in one line).
    /// </summary>
    private static TimeSpan ShutdownTimeout(IConfiguration configuration)
    {
        var defaults = new ShutdownOptions();
        var section = configuration.GetSection(ShutdownOptions.Section);
        var drain = section.GetValue(nameof(ShutdownOptions.DrainSeconds), defaults.DrainSeconds.ToString(CultureInfo.InvariantCulture));
        var requests = section.GetValue(nameof(ShutdownOptions.RequestSeconds), defaults.RequestSeconds.ToString(CultureInfo.InvariantCulture));
        return TimeSpan.FromSeconds(Seconds(drain, defaults.DrainSeconds) + Seconds(requests, defaults.RequestSeconds));
    }

    private static int Seconds(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? Math.Clamp(seconds, 0, 600) : fallback;

    public static void MapForumHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", HealthReport.For(check => !check.Tags.Contains(ReadinessOnly)));
        endpoints.MapHealthChecks("/healthz/live", HealthReport.For(_ => false));
        endpoints.MapHealthChecks("/healthz/ready", HealthReport.For(check => check.Tags.Contains(Readiness)));
    }
}
