using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// The export and the preview read every stored result in one pass: EF Core buffers a whole result set when the
/// context's execution strategy retries (PostgreSQL's does), which held 1.2 GB for a million results. Their
/// contexts must not retry, on the pass's provider, while every other context keeps retrying on PostgreSQL.
/// </summary>
public sealed class StreamingReadsTests : AppTest
{
    [Fact]
    public async Task Reads_of_every_result_stream_without_retries_while_other_work_keeps_retrying_on_postgres()
    {
        await CreateAssessmentAsync("""{"control":"high","scopeStability":"evolving","inHousePm":"none","durationMonths":12,"budgetUsd":300000}""");

        await using var streaming = Factory.Services.GetRequiredService<StreamingReads>().CreateDbContext();
        await using var usual = await Factory.Services.GetRequiredService<IDbContextFactory<AdvisorDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

        Assert.False(streaming.Database.CreateExecutionStrategy().RetriesOnFailure);
        Assert.Equal(TestDatabase.OnPostgres, usual.Database.CreateExecutionStrategy().RetriesOnFailure);
        Assert.Equal(usual.Database.ProviderName, streaming.Database.ProviderName);
        Assert.Equal(1, await streaming.Assessments.CountAsync(TestContext.Current.CancellationToken));
    }
}
