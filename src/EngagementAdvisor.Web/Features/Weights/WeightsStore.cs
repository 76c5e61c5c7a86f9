using System.Collections.Concurrent;
using System.Text.Json;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// Reads weight set versions. Versions are immutable, so each is parsed once and cached for the
/// life of the process; only "which version is the latest" is asked of the database each time,
/// which keeps several instances in step without any cache invalidation.
/// </summary>
public sealed class WeightsStore(IDbContextFactory<AdvisorDbContext> contexts)
{
    private readonly ConcurrentDictionary<int, WeightSet> _versions = new();

    public async Task<VersionedWeights> GetLatestAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = await db.WeightSetVersions.MaxAsync(v => (int?)v.Version, cancellationToken)
            ?? throw new InvalidOperationException("No weight set has been seeded; the database was not prepared.");
        return new VersionedWeights(latest, await GetAsync(db, latest, cancellationToken));
    }

    public async Task<WeightSet> GetVersionAsync(int version, CancellationToken cancellationToken = default)
    {
        if (_versions.TryGetValue(version, out var cached)) return cached;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await GetAsync(db, version, cancellationToken);
    }

    private async Task<WeightSet> GetAsync(AdvisorDbContext db, int version, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue(version, out var cached)) return cached;
        var json = await db.WeightSetVersions.AsNoTracking()
            .Where(v => v.Version == version)
            .Select(v => v.WeightsJson)
            .SingleAsync(cancellationToken);
        return _versions.GetOrAdd(version, Deserialize(json));
    }

    public static string Serialize(WeightSet weights) => JsonSerializer.Serialize(weights, AdvisorJson.Options);

    public static WeightSet Deserialize(string json) =>
        JsonSerializer.Deserialize<WeightSet>(json, AdvisorJson.Options)
        ?? throw new InvalidDataException("A stored weight set is empty.");
}
