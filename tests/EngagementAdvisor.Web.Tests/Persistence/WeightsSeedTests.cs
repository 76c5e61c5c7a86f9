using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Data.Seeding;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// Revised default weights reach a database whose weights are still the system's own, and never replace a version an
/// admin saved.
/// </summary>
public sealed class WeightsSeedTests : AppTest
{
    private static readonly string Defaults = WeightsStore.Serialize(DefaultWeights.Create());

    private async Task<List<WeightSetVersion>> VersionsAsync() =>
        await Factory.WithDbAsync(db => db.WeightSetVersions.AsNoTracking().OrderBy(v => v.Version).ToListAsync());

    private async Task AddVersionAsync(int version, string author, WeightSet weights) =>
        await Factory.WithDbAsync(async db =>
        {
            db.WeightSetVersions.Add(new WeightSetVersion { Version = version, CreatedAt = DateTime.UtcNow, CreatedBy = author, Comment = "test", WeightsJson = WeightsStore.Serialize(weights) });
            return await db.SaveChangesAsync();
        });

    private async Task SeedAsync() => await Factory.WithDbAsync(async db =>
    {
        await WeightsSeed.SeedAsync(db, CancellationToken.None);
        return 0;
    });

    /// <summary>The defaults as an earlier release would have seeded them: here, without the feasibility rules.</summary>
    private static WeightSet EarlierDefaults()
    {
        var current = DefaultWeights.Create();
        return new WeightSet(current.Factors, [], current.Costs);
    }

    [Fact]
    public async Task A_fresh_database_gets_the_defaults_as_version_1_and_seeding_again_adds_nothing()
    {
        await SeedAsync();
        await SeedAsync();

        var version = Assert.Single(await VersionsAsync());
        Assert.Equal(1, version.Version);
        Assert.Equal(WeightsSeed.SystemAuthor, version.CreatedBy);
        Assert.Equal(Defaults, version.WeightsJson);
    }

    [Fact]
    public async Task Revised_defaults_become_the_next_version_while_the_latest_is_the_systems_own()
    {
        await Factory.WithDbAsync(async db => await db.WeightSetVersions.ExecuteDeleteAsync());
        await AddVersionAsync(1, WeightsSeed.SystemAuthor, EarlierDefaults());

        await SeedAsync();
        await SeedAsync();

        var versions = await VersionsAsync();
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(WeightsStore.Serialize(EarlierDefaults()), versions[0].WeightsJson);
        Assert.Equal(Defaults, versions[1].WeightsJson);
        Assert.Equal(WeightsSeed.SystemAuthor, versions[1].CreatedBy);
    }

    [Fact]
    public async Task A_version_an_admin_saved_is_never_replaced_by_new_defaults()
    {
        await Factory.WithDbAsync(async db => await db.WeightSetVersions.ExecuteDeleteAsync());
        await AddVersionAsync(1, WeightsSeed.SystemAuthor, EarlierDefaults());
        await AddVersionAsync(2, "admin@example.com", EarlierDefaults());

        await SeedAsync();

        Assert.Equal([1, 2], (await VersionsAsync()).Select(v => v.Version));
    }
}
