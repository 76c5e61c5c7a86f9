using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Workshops;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// What people do to a workshop, each followed by telling the pages open on it (<see cref="WorkshopChanges"/>): join,
/// answer, settle a fact, count someone in or out, reveal the answers, close it into a shared result, delete it.
/// </summary>
public sealed class WorkshopService(WorkshopStore store, WorkshopChanges changes, AssessmentService assessments, AssessmentStore results, Results.ResultChanges resultPages, Questionnaire questionnaire, TimeProvider clock)
{
    public async Task<string?> JoinAsync(WorkshopState workshop, string? name, string? role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var token = await store.JoinAsync(workshop.Id, name, role, cancellationToken);
        if (token is not null) await changes.ChangedAsync(workshop.Id, cancellationToken);
        return token;
    }

    /// <summary>Saves a participant's answers (the scored ones only: the label and the note are the workshop's own).</summary>
    public async Task<bool> AnswerAsync(WorkshopState workshop, ParticipantState participant, Core.Questions.Answers answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(answers);
        var scored = Core.Questions.Answers.Of(questionnaire, questionnaire.Scored.Select(q => KeyValuePair.Create(q.Id, answers[q])));
        return await Changed(workshop, await store.SaveAnswersAsync(workshop.Id, participant.Id, scored, cancellationToken), cancellationToken);
    }

    public async Task<bool> SettleAsync(WorkshopState workshop, Question fact, string? value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(fact);
        return await Changed(workshop, await store.SettleAsync(workshop.Id, fact.Id, value, cancellationToken), cancellationToken);
    }

    public async Task<bool> IncludeAsync(WorkshopState workshop, int number, bool included, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return await Changed(workshop, await store.IncludeAsync(workshop.Id, number, included, cancellationToken), cancellationToken);
    }

    public async Task<bool> RevealAsync(WorkshopState workshop, bool revealed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return await Changed(workshop, await store.RevealAsync(workshop.Id, revealed, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Closes the workshop into a result: the group's answers (facts as settled, each other answer by the group's
    /// median) scored with today's weights and stored behind a new share link, with who counted and their answers frozen
    /// beside it. Answers stop changing first, then the answers are read again, so the result holds exactly what was stored.
    /// </summary>
    public async Task<(CloseOutcome Outcome, string? ResultToken)> CloseAsync(WorkshopState workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        if (workshop.Counted.Count == 0) return (CloseOutcome.NobodyCounts, null);
        if (!await store.ClaimCloseAsync(workshop.Id, cancellationToken)) return (CloseOutcome.AlreadyClosed, null);
        // Once claimed, the close runs to the end even if the facilitator's phone drops the request: cancelled between
        // storing the result and recording it, the workshop would open again and leave behind a result, holding everyone's
        // answers, that no workshop links to and deleting the workshop would not delete.
        var finish = CancellationToken.None;
        string? stored = null;
        try
        {
            var frozen = (await store.FindByIdAsync(workshop.Id, finish)).Workshop ?? throw new InvalidOperationException("A claimed workshop vanished.");
            if (frozen.Counted.Count == 0)
            {
                await store.ReleaseCloseAsync(workshop.Id, finish);
                return (CloseOutcome.NobodyCounts, null);
            }
            var group = GroupAnswers.Aggregate(questionnaire, [.. frozen.Counted.Select(p => p.Answers!)], frozen.Settled).With(Questionnaire.Label, frozen.Title);
            var created = await assessments.CreateAsync(group, adjustedFrom: null, frozen.Freeze(), finish);
            stored = created.Stored.Token;
            await store.RecordResultAsync(workshop.Id, stored, finish);
            await changes.ChangedAsync(workshop.Id, CancellationToken.None);
            return (CloseOutcome.Closed, created.Stored.Token);
        }
        catch
        {
            // A result stored but not recorded would hold everyone's answers where no workshop leads and no delete reaches.
            if (stored is not null) await results.DeleteWorkshopResultAsync(stored, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await store.ReleaseCloseAsync(workshop.Id, CancellationToken.None);
            throw;
        }
    }

    /// <summary>Deletes the workshop, everyone's answers and the result it was closed into.</summary>
    public async Task<bool> DeleteAsync(WorkshopState workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var (deleted, resultToken) = await store.DeleteAsync(workshop.Id, cancellationToken);
        if (!deleted) return false;
        if (resultToken is not null && await results.DeleteWorkshopResultAsync(resultToken, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            await resultPages.ChangedAsync(resultToken, cancellationToken);
        }
        await changes.ChangedAsync(workshop.Id, cancellationToken);
        return true;
    }

    private async Task<bool> Changed(WorkshopState workshop, bool done, CancellationToken cancellationToken)
    {
        if (done) await changes.ChangedAsync(workshop.Id, cancellationToken);
        return done;
    }
}
