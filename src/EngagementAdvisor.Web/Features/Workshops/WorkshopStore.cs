using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// Workshops and their participants, through EF Core: created, found by one of their three secrets (the facilitator's
/// token, the invite code, a participant's token), changed, closed and deleted. Rows become
/// <see cref="WorkshopState"/>s here and nowhere else. Every change is a short transaction of its own, so several
/// instances on PostgreSQL share workshops as they share results.
/// </summary>
public sealed class WorkshopStore(IDbContextFactory<AdvisorDbContext> contexts, Questionnaire questionnaire, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _secrets = protection.CreateProtector("EngagementAdvisor.Workshops");

    /// <summary>Creates a workshop; returns its facilitator token and invite code, which are never stored in the clear.</summary>
    public async Task<(string FacilitatorToken, string InviteCode)> CreateAsync(string title, IReadOnlyList<string> roles, bool anonymous, CancellationToken cancellationToken)
    {
        var token = ShareToken.New();
        // 40 bits: a clash with a live code is unlikely but not impossible, and the unique index would refuse it.
        for (var attempt = 0; ; attempt++)
        {
            var code = InviteCode.New();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Workshops.Add(new Workshop
            {
                FacilitatorTokenHash = ShareToken.Hash(token),
                InviteCodeHash = InviteCode.Hash(code),
                InviteCodeProtected = _secrets.Protect(code),
                Title = title,
                RolesJson = JsonSerializer.Serialize(roles),
                Anonymous = anonymous,
                CreatedAt = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return (token, code);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Try another code.
            }
        }
    }

    public async Task<WorkshopLookup> FindByFacilitatorAsync(string? token, CancellationToken cancellationToken) =>
        ShareToken.IsWellFormed(token) ? await FindAsync(w => w.FacilitatorTokenHash == ShareToken.Hash(token!), cancellationToken) : WorkshopLookup.Missing;

    public async Task<WorkshopLookup> FindByInviteAsync(string? code, CancellationToken cancellationToken) =>
        InviteCode.Normalise(code) is { } canonical ? await FindAsync(w => w.InviteCodeHash == InviteCode.Hash(canonical), cancellationToken) : WorkshopLookup.Missing;

    /// <summary>The workshop as it is now, by its number: read again after closing, so the result freezes exactly what was stored.</summary>
    public Task<WorkshopLookup> FindByIdAsync(long workshopId, CancellationToken cancellationToken) => FindAsync(w => w.Id == workshopId, cancellationToken);

    /// <summary>The workshop of a participant's link, with that participant.</summary>
    public async Task<WorkshopLookup> FindByParticipantAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ShareToken.IsWellFormed(token)) return WorkshopLookup.Missing;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await db.WorkshopParticipants.Where(p => p.TokenHash == hash).Select(p => new { p.Id, p.WorkshopId }).SingleOrDefaultAsync(cancellationToken);
        if (mine is null) return WorkshopLookup.Missing;
        var found = await FindAsync(w => w.Id == mine.WorkshopId, cancellationToken);
        return found.Workshop is { } workshop ? found with { Participant = workshop.Participants.Single(p => p.Id == mine.Id) } : found;
    }

    private async Task<WorkshopLookup> FindAsync(System.Linq.Expressions.Expression<Func<Workshop, bool>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Workshops.AsNoTracking().Include(w => w.Participants).AsSplitQuery().SingleOrDefaultAsync(which, cancellationToken);
        if (row is null) return WorkshopLookup.Missing;
        if (row.DeletedAt is not null) return WorkshopLookup.Gone;
        return new WorkshopLookup(Lookup.Found, ToState(row));
    }

    private WorkshopState ToState(Workshop row)
    {
        var people = row.Participants.OrderBy(p => p.Number).ToList();
        var labels = WorkshopState.Labels([.. people.Select(p => (p.Number, p.Name, p.Role))], row.Anonymous);
        var participants = people.Select((p, i) => new ParticipantState(
            p.Id, p.Number, p.Name, p.Role, labels[i], Utc(p.JoinedAt),
            p.AnswersJson is null ? null : AnswersJson.Parse(questionnaire, p.AnswersJson), p.AnsweredAt is { } at ? Utc(at) : null, p.Included)).ToList();
        return new WorkshopState(
            row.Id, row.Title, JsonSerializer.Deserialize<List<string>>(row.RolesJson) ?? [], row.Anonymous, row.Revealed, Utc(row.CreatedAt),
            _secrets.Unprotect(row.InviteCodeProtected),
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.SettledJson) ?? [],
            row.ClosedAt is { } closed ? Utc(closed) : null,
            row.ResultTokenProtected is null ? null : _secrets.Unprotect(row.ResultTokenProtected),
            participants);
    }

    /// <summary>Adds a participant to an open workshop; returns their token, or null when it is closed, deleted or full.</summary>
    public async Task<string?> JoinAsync(long workshopId, string? name, string? role, CancellationToken cancellationToken)
    {
        var token = ShareToken.New();
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var open = await db.Workshops.AnyAsync(w => w.Id == workshopId && w.ClosedAt == null && w.DeletedAt == null, cancellationToken);
            var count = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == workshopId, cancellationToken);
            if (!open || count >= WorkshopFields.MaxParticipants) return null;
            var number = await db.WorkshopParticipants.Where(p => p.WorkshopId == workshopId).MaxAsync(p => (int?)p.Number, cancellationToken) ?? 0;
            db.WorkshopParticipants.Add(new WorkshopParticipant
            {
                WorkshopId = workshopId, TokenHash = ShareToken.Hash(token), Number = number + 1, Name = name, Role = role,
                JoinedAt = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return token;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone joined at the same moment and took the number: take the next.
            }
        }
    }

    /// <summary>Saves a participant's answers while their workshop is open; false once it is closed or deleted.</summary>
    public Task<bool> SaveAnswersAsync(long workshopId, long participantId, Core.Questions.Answers answers, CancellationToken cancellationToken)
    {
        var json = AnswersJson.Serialize(answers);
        var now = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime);
        return InOpenAsync(workshopId, async (db, ct) => await db.WorkshopParticipants
            .Where(p => p.Id == participantId && p.WorkshopId == workshopId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.AnswersJson, json).SetProperty(p => p.AnsweredAt, now), ct) == 1, cancellationToken);
    }

    /// <summary>Sets (or, with null, clears) the agreed value of a fact; false once the workshop is closed.</summary>
    public Task<bool> SettleAsync(long workshopId, string questionId, string? value, CancellationToken cancellationToken) =>
        ChangeOpenAsync(workshopId, row =>
        {
            var settled = JsonSerializer.Deserialize<Dictionary<string, string>>(row.SettledJson) ?? [];
            if (value is null) settled.Remove(questionId);
            else settled[questionId] = value;
            row.SettledJson = JsonSerializer.Serialize(settled);
        }, cancellationToken);

    public Task<bool> RevealAsync(long workshopId, bool revealed, CancellationToken cancellationToken) =>
        ChangeOpenAsync(workshopId, row => row.Revealed = revealed, cancellationToken);

    /// <summary>Counts a participant in, or leaves them out of, the group's result; false once closed or when no such participant.</summary>
    public Task<bool> IncludeAsync(long workshopId, int number, bool included, CancellationToken cancellationToken) =>
        InOpenAsync(workshopId, async (db, ct) => await db.WorkshopParticipants
            .Where(p => p.WorkshopId == workshopId && p.Number == number)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.Included, included), ct) == 1, cancellationToken);

    private Task<bool> ChangeOpenAsync(long workshopId, Action<Workshop> change, CancellationToken cancellationToken) =>
        InOpenAsync(workshopId, async (db, ct) =>
        {
            // Read after the row is held: two settles from two tabs apply one after the other, neither lost.
            var row = await db.Workshops.SingleAsync(w => w.Id == workshopId, ct);
            change(row);
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Runs a change to an open workshop in one transaction that first holds the workshop's row (an update that changes
    /// nothing, conditional on it being open). Closing updates the same row, so on PostgreSQL, where a condition
    /// checked in another statement takes no lock, a change and a close still go one after the other: a save lands
    /// before the close reads the answers it freezes, or finds the workshop closed, never between. SQLite has one
    /// writer at a time anyway. Inside the execution strategy, which refuses a transaction begun outside it.
    /// </summary>
    private async Task<bool> InOpenAsync(long workshopId, Func<AdvisorDbContext, CancellationToken, Task<bool>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var open = await db.Workshops.Where(w => w.Id == workshopId && w.ClosedAt == null && w.DeletedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.Revealed, w => w.Revealed), ct) == 1;
            if (!open || !await change(db, ct)) return false;
            await transaction.CommitAsync(ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// Marks the workshop closed, if it is open: the one facilitator request that wins closes it (a second, racing,
    /// is refused), and from then on no answer changes.
    /// </summary>
    public async Task<bool> ClaimCloseAsync(long workshopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime);
        return await db.Workshops.Where(w => w.Id == workshopId && w.ClosedAt == null && w.DeletedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ClosedAt, now), cancellationToken) == 1;
    }

    /// <summary>Opens a claimed workshop again when its result could not be stored.</summary>
    public async Task ReleaseCloseAsync(long workshopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Workshops.Where(w => w.Id == workshopId && w.ResultId == null)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ClosedAt, (DateTime?)null), cancellationToken);
    }

    /// <summary>Records the result a closed workshop became.</summary>
    public async Task RecordResultAsync(long workshopId, string resultToken, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = ShareToken.Hash(resultToken);
        var resultId = await db.Assessments.Where(a => a.TokenHash == hash).Select(a => a.Id).SingleAsync(cancellationToken);
        var protectedToken = _secrets.Protect(resultToken);
        await db.Workshops.Where(w => w.Id == workshopId)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.ResultId, resultId).SetProperty(w => w.ResultTokenProtected, protectedToken), cancellationToken);
    }

    /// <summary>
    /// Deletes the workshop: its participants' names, roles and answers go, and tombstones keep its links answering 410
    /// (the workshop's row, and each participant's row emptied down to the fingerprint of their link). Returns the share
    /// token of the result it was closed into (for the caller to delete too), or null.
    /// </summary>
    public async Task<(bool Deleted, string? ResultToken)> DeleteAsync(long workshopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One transaction, run through the execution strategy: PostgreSQL's retrying strategy refuses a transaction begun
        // outside it (every delete answered 500 there), and runs the whole of it again if the connection fails.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var row = await db.Workshops.SingleOrDefaultAsync(w => w.Id == workshopId && w.DeletedAt == null, ct);
            if (row is null) return (false, (string?)null);
            var resultToken = row.ResultTokenProtected is null ? null : _secrets.Unprotect(row.ResultTokenProtected);
            var now = AssessmentStore.WholeSeconds(clock.GetUtcNow().UtcDateTime);
            await EmptyAsync(db.WorkshopParticipants.Where(p => p.WorkshopId == workshopId), now, ct);
            row.DeletedAt = now;
            row.Title = "";
            row.RolesJson = "[]";
            row.SettledJson = "{}";
            row.ResultTokenProtected = null;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return (true, resultToken);
        }, cancellationToken);
    }

    /// <summary>Retention: deletes, as <see cref="DeleteAsync"/> does, every workshop started before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoff, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = AssessmentStore.WholeSeconds(now);
        // Inside the execution strategy, as DeleteAsync: PostgreSQL's retrying strategy refuses a transaction begun outside it.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var old = db.Workshops.Where(w => w.CreatedAt < cutoff && w.DeletedAt == null);
            await EmptyAsync(db.WorkshopParticipants.Where(p => old.Any(w => w.Id == p.WorkshopId)), at, ct);
            var deleted = await old.ExecuteUpdateAsync(set => set
                .SetProperty(w => w.DeletedAt, at)
                .SetProperty(w => w.Title, "")
                .SetProperty(w => w.RolesJson, "[]")
                .SetProperty(w => w.SettledJson, "{}")
                .SetProperty(w => w.ResultTokenProtected, (string?)null), ct);
            await transaction.CommitAsync(ct);
            return deleted;
        }, cancellationToken);
    }

    /// <summary>
    /// Empties deleted workshops' participants rather than deleting them: a participant's link is found by its
    /// fingerprint alone, so without the row it would answer 404, as if it had never existed, instead of saying that
    /// the workshop was deleted. Nothing personal stays: no name, role, answers or times.
    /// </summary>
    private static Task<int> EmptyAsync(IQueryable<WorkshopParticipant> participants, DateTime now, CancellationToken cancellationToken) =>
        participants.ExecuteUpdateAsync(set => set
            .SetProperty(p => p.Name, (string?)null)
            .SetProperty(p => p.Role, (string?)null)
            .SetProperty(p => p.AnswersJson, (string?)null)
            .SetProperty(p => p.AnsweredAt, (DateTime?)null)
            .SetProperty(p => p.JoinedAt, now)
            .SetProperty(p => p.Included, true), cancellationToken);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
