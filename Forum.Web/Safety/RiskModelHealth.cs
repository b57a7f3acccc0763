using Forum.Domain.Safety.Risk;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Safety;

/// <summary>/healthz's "risk-model": degraded when the model could not load, so the patterns alone are deciding.</summary>
internal sealed class RiskModelHealthCheck(RiskDetector detector) : IHealthCheck
{
    public const string Name = "risk-model";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(detector.ModelStatus switch
        {
            RiskModelStatus.Failed => HealthCheckResult.Degraded("The risk model could not load; the patterns alone notice risk."),
            RiskModelStatus.Off => HealthCheckResult.Healthy("The risk model is switched off; the patterns alone notice risk."),
            RiskModelStatus.NotLoaded => HealthCheckResult.Healthy("The risk model loads when a post first needs it."),
            _ => HealthCheckResult.Healthy("The risk model is loaded."),
        });
}

/// <summary>The only log lines the detector causes: whether the model loaded. Never a word of a post, nor that one was read.</summary>
internal static partial class RiskModelLog
{
    [LoggerMessage(EventId = 2701, Level = LogLevel.Information, Message = "The risk model loaded")]
    public static partial void Loaded(ILogger logger);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Error, Message = "The risk model could not load ({ErrorType}); the patterns alone notice risk")]
    public static partial void Failed(ILogger logger, string errorType);

    public static Action<Exception?> For(ILogger logger) => error =>
    {
        // The type only: a message could in principle carry anything, and nothing here may carry words.
        if (error is null) Loaded(logger);
        else Failed(logger, error.GetType().Name);
    };
}
