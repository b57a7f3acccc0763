using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Redis;

/// <summary>
/// /healthz's "redis": degraded, never unhealthy, while Redis is away. The node still serves everything; what it
/// loses is sharing (budgets hold per node, pages are kept per node), which an operator should hear about and a
/// balancer should not act on.
/// </summary>
internal sealed class RedisHealthCheck(RedisBreaker breaker) : IHealthCheck
{
    public const string Name = "redis";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(breaker.IsAway
            ? HealthCheckResult.Degraded("Redis does not answer; budgets are counted and pages kept on each node until it does.")
            : HealthCheckResult.Healthy("Redis answers."));
}
