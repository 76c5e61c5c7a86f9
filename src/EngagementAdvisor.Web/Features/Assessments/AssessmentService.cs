using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Infrastructure;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Creates results (scored with the latest weights, stored behind a new share link), re-scores and deletes them.</summary>
public sealed class AssessmentService(WeightsStore weights, AssessmentStore store, TimeProvider clock, Results.ResultChanges pages)
{
    public async Task<CreatedAssessment> CreateAsync(Core.Questions.Answers answers, string? adjustedFrom = null, CancellationToken cancellationToken = default) =>
        await CreateAsync(answers, adjustedFrom, workshop: null, cancellationToken);

    /// <summary>As above; a workshop's result also keeps who took part (<see cref="Workshops.FrozenWorkshop"/>).</summary>
    public async Task<CreatedAssessment> CreateAsync(Core.Questions.Answers answers, string? adjustedFrom, Workshops.FrozenWorkshop? workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var latest = await weights.GetLatestAsync(cancellationToken);
        var advice = Advisor.Advise(answers, latest.Weights);
        var token = ShareToken.New();
        var manageToken = ShareToken.New();
        var createdAt = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime);
        // Only an existing result is linked; anything else is silently not linked.
        var linked = (await store.LookUpAsync(adjustedFrom, cancellationToken)).Outcome == Lookup.Found ? adjustedFrom : null;
        var row = AssessmentStore.NewRow(token, manageToken, createdAt, latest, answers, advice);
        row.AdjustedFromProtected = linked is null ? null : store.ProtectAdjustedFrom(linked);
        row.WorkshopJson = workshop?.ToJson();
        await store.AddAsync(row, cancellationToken);
        return new CreatedAssessment(new StoredAssessment(token, createdAt, latest.Version, answers, advice) { AdjustedFrom = linked, Workshop = workshop }, manageToken);
    }

    /// <summary>The stored answers scored again with the latest weights. Stores nothing.</summary>
    public async Task<StoredAssessment> RescoreAsync(StoredAssessment stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var latest = await weights.GetLatestAsync(cancellationToken);
        return stored with { WeightsVersion = latest.Version, Advice = Advisor.Advise(stored.Answers, latest.Weights) };
    }

    /// <summary>Changes the label, the "prepared by" line and the note if <paramref name="manageToken"/> is the result's.</summary>
    public async Task<bool> DescribeAsync(string token, string? manageToken, Core.Questions.Answers described, CancellationToken cancellationToken = default)
    {
        if (!await store.DescribeAsync(token, manageToken, described, cancellationToken)) return false;
        // Everyone with the link sees the new description from now on, not the page an instance rendered before.
        await pages.ChangedAsync(token, cancellationToken);
        return true;
    }

    /// <summary>Deletes the result if <paramref name="manageToken"/> is its manage token; false otherwise.</summary>
    public async Task<bool> DeleteAsync(string token, string? manageToken, CancellationToken cancellationToken = default)
    {
        if (!await store.DeleteAsync(token, manageToken, clock.GetUtcNow().UtcDateTime, cancellationToken)) return false;
        // The link must answer 410 from now on, on every instance, not a page one of them rendered before.
        await pages.ChangedAsync(token, cancellationToken);
        return true;
    }
}
