using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>Saving, comparing, previewing and rolling back weight set versions. Versions are never updated or deleted.</summary>
public sealed class WeightVersions(IDbContextFactory<AdvisorDbContext> contexts, WeightsStore store, Questionnaire questionnaire, TimeProvider clock)
{
    public async Task<IReadOnlyList<WeightSetVersion>> HistoryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WeightSetVersions.AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="weights"/> as the version after <paramref name="baseVersion"/>, only if that is still the latest.
    /// The version number is the primary key, so two saves racing from the same base cannot both land, on one instance
    /// or several: the database refuses the second insert (SQLite's constraint error, PostgreSQL's 23505).
    /// </summary>
    public async Task<SaveOutcome> SaveAsync(WeightSet weights, int baseVersion, string by, string comment, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.WeightSetVersions.MaxAsync(v => v.Version, cancellationToken);
        if (latest != baseVersion) return new SaveOutcome.Conflict(latest);
        db.WeightSetVersions.Add(new WeightSetVersion
        {
            Version = latest + 1,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = by,
            Comment = comment.Trim(),
            WeightsJson = WeightsStore.Serialize(weights),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new SaveOutcome.Saved(latest + 1);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another save (on this instance or another one) took the number first. Any other failure is not a conflict.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            return new SaveOutcome.Conflict(await fresh.WeightSetVersions.MaxAsync(v => v.Version, cancellationToken));
        }
    }

    /// <summary>Rolling back is saving an old version's weights again, as a new version: history only grows.</summary>
    public async Task<SaveOutcome> RollBackAsync(int toVersion, int baseVersion, string by, string comment, CancellationToken cancellationToken = default) =>
        await SaveAsync(await store.GetVersionAsync(toVersion, cancellationToken), baseVersion, by, $"Roll back to version {toVersion}: {comment}", cancellationToken);

    /// <summary>
    /// What differs from version <paramref name="from"/> to version <paramref name="to"/>, in words an admin reads
    /// (Core's <see cref="WeightSetDifferences"/>). Both versions must exist.
    /// </summary>
    public async Task<WeightSetDifferences> DiffAsync(int from, int to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.WeightSetVersions.AsNoTracking()
            .Where(v => v.Version == from || v.Version == to)
            .ToDictionaryAsync(v => v.Version, v => v.WeightsJson, cancellationToken);
        var before = documents[from];
        var after = documents[to];
        return WeightSetDifferences.Between(
            WeightsStore.Deserialize(before), WeightsStore.Deserialize(after), questionnaire, AssumptionsIn(before), AssumptionsIn(after));
    }

    /// <summary>
    /// The cost assumptions a stored document holds, by key. Read from the JSON itself: a <see cref="WeightSet"/> fills
    /// an assumption added after the version was saved with its default, and the history says which it was.
    /// </summary>
    private static HashSet<string> AssumptionsIn(string json)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (!property.NameEquals("costs") || property.Value.ValueKind != JsonValueKind.Object) continue;
            foreach (var assumption in property.Value.EnumerateObject()) keys.Add(assumption.Name);
        }
        return keys;
    }
}
