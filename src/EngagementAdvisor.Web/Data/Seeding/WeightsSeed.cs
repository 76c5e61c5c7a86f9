using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data.Seeding;

/// <summary>
/// The default weights (<see cref="DefaultWeights"/>): version 1 of an empty database, and a new version whenever the
/// defaults change while the latest version is still the system's own. Once an admin has saved a version, the weights
/// are theirs and new defaults are not applied over them (docs/operations.md).
/// </summary>
public static class WeightsSeed
{
    public const string SystemAuthor = "system";

    public static async Task SeedAsync(AdvisorDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var defaults = WeightsStore.Serialize(DefaultWeights.Create());
        var latest = await db.WeightSetVersions.AsNoTracking().OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && (latest.CreatedBy != SystemAuthor || latest.WeightsJson == defaults)) return;
        db.WeightSetVersions.Add(new WeightSetVersion
        {
            Version = (latest?.Version ?? 0) + 1,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = SystemAuthor,
            Comment = latest is null
                ? "Default weights from the domain facts (each question says why in the editor)."
                : "Default weights revised with the product; the previous version was the system's own.",
            WeightsJson = defaults,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance seeded first; its version is the same defaults.
            db.ChangeTracker.Clear();
        }
    }
}
