using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Redis;

/// <summary>
/// /healthz's "redis": degraded, never unhealthy, while Redis is away. The node still serves everything; what it
/// loses is sharing (budgets hold per node, pages are kept per node), which an operator should hear about and a
/// balancer should not act on. While the breaker is open the check is itself a caller: past the pause it sends the
/// half-open probe, so a node that nobody visits still finds a Redis that thawed without ever dropping its connection.
/// </summary>
internal sealed class RedisHealthCheck(RedisBreaker breaker) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (breaker.IsOpen) await breaker.TryAsync(redis => redis.PingAsync());
        return breaker.IsAway
            ? HealthCheckResult.Degraded("Redis does not answer; budgets are counted and pages kept on each node until it does.")
            : HealthCheckResult.Healthy("Redis answers.");
    }
}
