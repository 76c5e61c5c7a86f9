using System.Text.Json;
using System.Text.Json.Nodes;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>Saving, comparing, previewing and rolling back weight set versions. Versions are never updated or deleted.</summary>
public sealed class WeightVersions(IDbContextFactory<AdvisorDbContext> contexts, WeightsStore store, TimeProvider clock)
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

    /// <summary>Every value that differs between two versions, by its path in the weight set.</summary>
    public async Task<IReadOnlyList<VersionChange>> DiffAsync(int from, int to, CancellationToken cancellationToken = default)
    {
        var a = Flatten(WeightsStore.Serialize(await store.GetVersionAsync(from, cancellationToken)));
        var b = Flatten(WeightsStore.Serialize(await store.GetVersionAsync(to, cancellationToken)));
        return a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(path => new VersionChange(path, a.GetValueOrDefault(path), b.GetValueOrDefault(path)))
            .Where(c => c.Before != c.After)
            .ToList();
    }

    private static Dictionary<string, string> Flatten(string json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    // Rows are keyed by their id (factor, level, rule) rather than position, so reordering is not a change.
                    foreach (var (key, child) in obj) Walk(child, $"{path}.{key}");
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        var item = array[i];
                        var id = item is JsonObject o ? (o["factor"] ?? o["level"] ?? o["id"])?.ToString() : null;
                        Walk(item, $"{path}[{id ?? i.ToString(System.Globalization.CultureInfo.InvariantCulture)}]");
                    }
                    break;
                case null:
                    values[path] = "null";
                    break;
                default:
                    values[path] = node.ToJsonString();
                    break;
            }
        }
        Walk(JsonNode.Parse(json), "");
        return values;
    }
}
