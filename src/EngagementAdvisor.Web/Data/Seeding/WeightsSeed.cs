using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.EntityFrameworkCore;
using EngagementAdvisor.Web.Data.Setup;

namespace EngagementAdvisor.Web.Data.Seeding;

/// <summary>Weight set version 1, the defaults from the domain facts, stored once into an empty database.</summary>
public static class WeightsSeed
{
    public static async Task SeedAsync(AdvisorDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.WeightSetVersions.AnyAsync(cancellationToken)) return;
        db.WeightSetVersions.Add(new WeightSetVersion
        {
            Version = 1,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "system",
            Comment = "Default weights from the domain facts (docs/scoring.md).",
            WeightsJson = WeightsStore.Serialize(DefaultWeights.Create()),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance seeded first; its version 1 is the same defaults.
            db.ChangeTracker.Clear();
        }
    }
}
