using System.Diagnostics.Metrics;
using Forum.Web.Telemetry;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Forum.Web.Startup;

/// <summary>
/// OpenTelemetry without personal data (docs/TELEMETRY.md): traces and metrics for requests, SQL, Redis and the
/// runtime, the forum's own meters (<see cref="ForumMeters"/>), and logs, recorded only when something will receive
/// them (OTLP, the Prometheus port, or Telemetry:Enabled for a receiver added in code).
/// </summary>
internal static class TelemetryServices
{
    public const string ServiceName = "forum";

    public static void AddForumTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new ForumMeters(provider.GetRequiredService<IMeterFactory>(), provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<HealthDataSource>()));
        // Registered after every other limit, so it counts the refusals of all of them, whichever handler answers.
        services.Configure<RateLimiterOptions>(limiter =>
        {
            var answer = limiter.OnRejected;
            limiter.OnRejected = (rejected, cancellationToken) =>
            {
                var policy = rejected.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
                rejected.HttpContext.RequestServices.GetRequiredService<ForumMeters>().BudgetRefused(policy ?? "other");
                return answer?.Invoke(rejected, cancellationToken) ?? ValueTask.CompletedTask;
            };
        });

        var settings = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = settings.OtlpEndpointOrStandard(builder.Configuration);
        if (otlp is null && settings.PrometheusPort is null && !settings.Enabled) return;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(requests =>
                {
                    // An exception's message can quote what was sent; its type stays on the span (error.type).
                    requests.RecordException = false;
                    requests.Filter = context => !context.Request.Path.StartsWithSegments("/healthz");
                })
                .AddNpgsql()
                .AddSource(RedisTelemetry.Name)
                // Before any exporter: no span leaves with a tag off its list.
                .AddProcessor(new PrivateSpans()))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(ForumMeters.Name, RedisTelemetry.Name))
            .WithLogging(configureBuilder: null, configureOptions: logs =>
            {
                // Scopes carry the request's path, whose slug is a story's title.
                logs.IncludeScopes = false;
                logs.IncludeFormattedMessage = true;
            });

        if (otlp is not null)
        {
            if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
                telemetry.UseOtlpExporter(settings.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc, new Uri(settings.OtlpEndpoint));
            else
                telemetry.UseOtlpExporter();
        }
        if (settings.PrometheusPort is not null)
        {
            telemetry.WithMetrics(metrics => metrics.AddPrometheusExporter());
            services.AddSingleton<PrometheusScrapePort>();
            services.AddHostedService(provider => provider.GetRequiredService<PrometheusScrapePort>());
        }
    }

    /// <summary>Makes the forum's gauges exist from the start rather than from the first write that counts.</summary>
    public static void StartForumMeters(this WebApplication app) => app.Services.GetRequiredService<ForumMeters>();
}
