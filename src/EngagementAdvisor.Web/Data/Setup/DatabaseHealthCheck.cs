using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Healthy when the database answers a query against the schema, not merely when a file opens.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<AdvisorDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.WeightSetVersions.AnyAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("No weight set is stored.");
        }
#pragma warning disable CA1031 // Any failure to reach the database means unhealthy, whatever its type.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The database did not answer.", ex);
        }
    }
}
