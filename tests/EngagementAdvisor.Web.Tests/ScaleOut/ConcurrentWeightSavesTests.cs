using System.Net;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>The race of <see cref="TwoInstancesTests"/> on one instance, so that it is proven on SQLite as well.</summary>
public sealed class ConcurrentWeightSavesTests : AppTest
{
    [Fact]
    public async Task Twenty_saves_from_the_same_version_at_once_make_exactly_one_new_version()
    {
        using var admin = await AdminSession.AdminAsync(Factory);
        var fields = await EditorFieldsAsync(admin, new Dictionary<string, string> { [ImportanceField("budget")] = "8", ["Form.Comment"] = "race" });

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await PostAsync(admin, "Save", fields);
            return response.StatusCode;
        }));

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(19, statuses.Count(s => s == HttpStatusCode.Conflict));
        Assert.Equal([1, 2], await Factory.WithDbAsync(db => db.WeightSetVersions.Select(v => v.Version).OrderBy(v => v).ToListAsync()));
    }

    [Fact]
    public async Task A_version_number_already_taken_is_recognised_as_a_conflict_on_this_provider()
    {
        using var client = Factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));   // migrated and seeded

        // The database's own answer to a duplicate key (SQLite 1555, PostgreSQL 23505) is what the save path relies on.
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => Factory.WithDbAsync(db =>
        {
            db.WeightSetVersions.Add(new WeightSetVersion { Version = 1, CreatedAt = DateTime.UtcNow, CreatedBy = "test", Comment = "duplicate", WeightsJson = "{}" });
            return db.SaveChangesAsync();
        }));
        Assert.True(DatabaseErrors.IsUniqueViolation(refused), refused.InnerException?.Message);
    }
}
