using Forum.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Forum.Web.Infrastructure;

internal sealed class DatabaseHealthCheck(ForumDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("The database answers.")
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception e) when (DatabaseUnavailable.IsUnavailable(e))
        {
            return HealthCheckResult.Unhealthy("The database does not answer.");
        }
    }
}
