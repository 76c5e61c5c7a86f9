using System.Security.Cryptography;
using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Stored results, through EF Core: the one way they are written (by <see cref="AssessmentWriter"/>), looked up,
/// deleted and listed. Rows become <see cref="StoredAssessment"/>s here and nowhere else.
/// </summary>
public sealed class AssessmentStore(
    IDbContextFactory<AdvisorDbContext> contexts, Questionnaire questionnaire, IDataProtectionProvider protection, AssessmentWriter writer, WeightsStore weights,
    Data.Setup.StreamingReads streaming)
{
    private readonly IDataProtector _adjustedFrom = protection.CreateProtector("EngagementAdvisor.AdjustedFrom");

    /// <summary>
    /// The row of a new result, as the API and the seeder store it: hashes of both tokens, the time in whole seconds
    /// (what is stored and what the API echoes must be identical on every provider), the answers, and the advice as
    /// JSON without the words its ids give back (<see cref="AdviceWording"/>).
    /// </summary>
    public static Assessment NewRow(string token, string manageToken, DateTime createdAt, VersionedWeights weights, Core.Questions.Answers answers, Advice advice) => new()
    {
        TokenHash = ShareToken.Hash(token),
        ManageTokenHash = ShareToken.Hash(manageToken),
        CreatedAt = WholeSeconds(createdAt),
        WeightsVersion = weights.Version,
        AnswersJson = AnswersJson.Serialize(answers),
        RecommendedModel = advice.Recommendation.Recommended.Id(),
        ResultJson = StoredAdvice(advice, answers, weights.Weights),
        AdviceForm = AdviceForm.IdsAndFigures,
        RankingJson = JsonSerializer.Serialize(advice.Recommendation.Ranking, AdvisorJson.Options),
    };

    /// <summary>The advice as stored: its figures and ids, and only the texts its ids do not word again exactly.</summary>
    public static string StoredAdvice(Advice advice, Core.Questions.Answers answers, WeightSet weights) =>
        JsonSerializer.Serialize(AdviceWording.Strip(advice, answers, weights), AdvisorJson.Options);

    public static DateTime WholeSeconds(DateTime time) => new(time.Ticks - time.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

    /// <summary>Stores a new result; completes once it is committed, so an acknowledged result survives a crash.</summary>
    public Task AddAsync(Assessment row, CancellationToken cancellationToken) => writer.StoreAsync(row, cancellationToken);

    /// <summary>Protects the share token of the result a new one was adjusted from, for <see cref="Assessment.AdjustedFromProtected"/>.</summary>
    public string ProtectAdjustedFrom(string token) => _adjustedFrom.Protect(token);

    /// <summary>Found, deleted by its creator, or never existed.</summary>
    public async Task<AssessmentLookup> LookUpAsync(string? token, CancellationToken cancellationToken = default) =>
        await FindRowAsync(token, cancellationToken) switch
        {
            null => AssessmentLookup.Missing,
            { DeletedAt: not null } => AssessmentLookup.Gone,
            var row => new(Lookup.Found, await FromRowAsync(row, token!, cancellationToken)),
        };

    /// <summary>
    /// As <see cref="LookUpAsync"/>, but the result is found only with its own manage token: any other is as unknown
    /// as a wrong share token. A deleted result is gone whatever the manage token.
    /// </summary>
    public async Task<AssessmentLookup> LookUpManagedAsync(string? token, string? manageToken, CancellationToken cancellationToken = default) =>
        await FindRowAsync(token, cancellationToken) switch
        {
            null => AssessmentLookup.Missing,
            { DeletedAt: not null } => AssessmentLookup.Gone,
            var row when IsManagedBy(row, manageToken) => new(Lookup.Found, await FromRowAsync(row, token!, cancellationToken)),
            _ => AssessmentLookup.Missing,
        };

    private async Task<Assessment?> FindRowAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ShareToken.IsWellFormed(token)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var hash = ShareToken.Hash(token!);
        return await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
    }

    /// <summary>
    /// Deletes the result if <paramref name="manageToken"/> is its manage token; false otherwise. A tombstone keeps the
    /// link answering 410; the answers, the label and the advice are wiped.
    /// </summary>
    public async Task<bool> DeleteAsync(string? token, string? manageToken, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token)) return false;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash && a.DeletedAt == null, cancellationToken);
        if (row is null || !IsManagedBy(row, manageToken)) return false;
        await TombstoneAsync(db.Assessments.Where(a => a.Id == row.Id), now, cancellationToken);
        return true;
    }

    /// <summary>
    /// Deleting, by its creator or by retention, leaves a tombstone: the row stays so the link answers 410, and its
    /// answers, label, advice and link to an earlier result are wiped.
    /// </summary>
    private static Task<int> TombstoneAsync(IQueryable<Assessment> rows, DateTime now, CancellationToken cancellationToken) =>
        rows.Where(a => a.DeletedAt == null).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.DeletedAt, now)
            .SetProperty(a => a.AnswersJson, "{}")
            .SetProperty(a => a.ResultJson, "{}")
            .SetProperty(a => a.AdviceForm, AdviceForm.IdsAndFigures)
            .SetProperty(a => a.RankingJson, (string?)null)
            .SetProperty(a => a.AdjustedFromProtected, (string?)null)
            .SetProperty(a => a.WorkshopJson, (string?)null), cancellationToken);

    /// <summary>
    /// Deletes the result a workshop was closed into, when its facilitator deletes the workshop: the facilitator's
    /// link stands in for the manage link, which nobody was shown.
    /// </summary>
    public async Task<bool> DeleteWorkshopResultAsync(string token, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token)) return false;
        var hash = ShareToken.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TombstoneAsync(db.Assessments.Where(a => a.TokenHash == hash && a.WorkshopJson != null), now, cancellationToken) == 1;
    }

    /// <summary>
    /// Replaces the answers that describe a result (its label, who prepared it, the note) if <paramref name="manageToken"/>
    /// is its manage token; false otherwise. The scored answers and the advice are never changed: a shared link keeps
    /// its result.
    /// </summary>
    public async Task<bool> DescribeAsync(string? token, string? manageToken, Core.Questions.Answers described, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(described);
        if (!ShareToken.IsWellFormed(token)) return false;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.SingleOrDefaultAsync(a => a.TokenHash == hash && a.DeletedAt == null, cancellationToken);
        if (row is null || !IsManagedBy(row, manageToken)) return false;
        var stored = AnswersJson.Parse(questionnaire, row.AnswersJson);
        if (questionnaire.Scored.Any(q => stored[q] != described[q]))
        {
            throw new ArgumentException("Only the answers that describe a result may change after it is stored.", nameof(described));
        }
        row.AnswersJson = AnswersJson.Serialize(described);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Deletes every result created before <paramref name="cutoff"/>, as <see cref="DeleteAsync"/> deletes one: the
    /// tombstone keeps the link answering 410. Returns how many were deleted.
    /// </summary>
    public async Task<int> DeleteOlderThanAsync(DateTime cutoff, DateTime now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await TombstoneAsync(db.Assessments.Where(a => a.CreatedAt < cutoff), now, cancellationToken);
    }

    /// <summary>The weights version a stored result was scored with, without reading the result; null when there is none.</summary>
    public async Task<int?> WeightsVersionOfAsync(string token, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token)) return null;
        var hash = ShareToken.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Assessments.Where(a => a.TokenHash == hash && a.DeletedAt == null).Select(a => (int?)a.WeightsVersion).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>For admins, who see results by id; the token is empty because only its hash is stored.</summary>
    public async Task<StoredAssessment?> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        return row is null ? null : await FromRowAsync(row, "", cancellationToken);
    }

    /// <summary>
    /// Every result within the filter, newest first, read one by one as the caller goes, never held in memory
    /// (<see cref="Data.Setup.StreamingReads"/>): the CSV export.
    /// </summary>
    public async IAsyncEnumerable<AssessmentSummary> ListAsync(
        AssessmentFilter filter, int? take = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = streaming.CreateDbContext();
        IQueryable<Assessment> query = NewestFirst(filter.Apply(db.Assessments.AsNoTracking()));
        if (take is { } count) query = query.Take(count);
        await foreach (var row in Summaries(query).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return Summary(row);
        }
    }

    /// <summary>
    /// The page of <paramref name="size"/> results older than the result <paramref name="before"/>, or newer than
    /// <paramref name="after"/>, or the newest. Each page is an index range from the result at its edge, never a count
    /// or an offset, so the thousandth page costs what the first does. An edge that is gone starts from the newest.
    /// </summary>
    public async Task<AssessmentPage> PageAsync(AssessmentFilter filter, long? before, long? after, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var inFilter = filter.Apply(db.Assessments.AsNoTracking());
        var edgeId = before ?? after;
        var edge = edgeId is { } id
            ? await db.Assessments.AsNoTracking().Where(a => a.Id == id).Select(a => (DateTime?)a.CreatedAt).SingleOrDefaultAsync(cancellationToken)
            : null;
        List<Row> rows;
        if (edge is { } newerEdge && after is { } afterId && before is null)
        {
            // The newer page is read oldest first from the edge, then turned round.
            rows = await Summaries(Newer(inFilter, newerEdge, afterId).OrderBy(a => a.CreatedAt).ThenBy(a => a.Id).Take(size + 1)).ToListAsync(cancellationToken);
            var hasNewer = rows.Count > size;
            rows = [.. rows.Take(size).Reverse()];
            var hasOlder = rows.Count > 0 && await Older(inFilter, rows[^1].CreatedAt, rows[^1].Id).AnyAsync(cancellationToken);
            return new AssessmentPage([.. rows.Select(Summary)], hasNewer, hasOlder);
        }
        var query = edge is { } olderEdge && before is { } beforeId ? Older(inFilter, olderEdge, beforeId) : inFilter;
        rows = await Summaries(NewestFirst(query).Take(size + 1)).ToListAsync(cancellationToken);
        var older = rows.Count > size;
        rows = [.. rows.Take(size)];
        var newer = rows.Count > 0 && edge is not null && await Newer(inFilter, rows[0].CreatedAt, rows[0].Id).AnyAsync(cancellationToken);
        return new AssessmentPage([.. rows.Select(Summary)], newer, older);
    }

    // Newest first is by creation time, then id (seeded or imported results need not be stored in time order). The
    // bounds are written as a range on the creation time plus a tie-break, so both databases start the index scan at
    // the edge instead of reading from the newest down to it.
    private static IOrderedQueryable<Assessment> NewestFirst(IQueryable<Assessment> query) =>
        query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id);

    private static IQueryable<Assessment> Older(IQueryable<Assessment> query, DateTime createdAt, long id) =>
        query.Where(a => a.CreatedAt <= createdAt && (a.CreatedAt < createdAt || a.Id < id));

    private static IQueryable<Assessment> Newer(IQueryable<Assessment> query, DateTime createdAt, long id) =>
        query.Where(a => a.CreatedAt >= createdAt && (a.CreatedAt > createdAt || a.Id > id));

    private sealed record Row(long Id, DateTime CreatedAt, int WeightsVersion, string AnswersJson, string RecommendedModel, string? RankingJson);

    // The ranking from its own small column, never the whole advice: a million rows are read at the export's pace.
    private static IQueryable<Row> Summaries(IQueryable<Assessment> query) =>
        query.Select(a => new Row(a.Id, a.CreatedAt, a.WeightsVersion, a.AnswersJson, a.RecommendedModel, a.RankingJson));

    private AssessmentSummary Summary(Row row)
    {
        if (!EngagementModels.TryParse(row.RecommendedModel, out var recommended)) throw new InvalidDataException($"Assessment {row.Id} names no model.");
        var ranking = row.RankingJson is null ? [] : JsonSerializer.Deserialize<List<ModelScore>>(row.RankingJson, AdvisorJson.Options) ?? [];
        return new AssessmentSummary(row.Id, Utc(row.CreatedAt), row.WeightsVersion, AnswersJson.Parse(questionnaire, row.AnswersJson), recommended, ranking);
    }

    private static bool IsManagedBy(Assessment row, string? manageToken) =>
        ShareToken.IsWellFormed(manageToken) && row.ManageTokenHash is not null
        && CryptographicOperations.FixedTimeEquals(row.ManageTokenHash, ShareToken.Hash(manageToken!));

    private async Task<StoredAssessment> FromRowAsync(Assessment row, string token, CancellationToken cancellationToken)
    {
        var answers = AnswersJson.Parse(questionnaire, row.AnswersJson);
        var stored = JsonSerializer.Deserialize<Advice>(row.ResultJson, AdvisorJson.Options) ?? throw new InvalidDataException($"Assessment {row.Id} has an empty result.");
        // The words come back from the ids, with the knock-out rules of the version the result was scored with.
        var advice = AdviceWording.Complete(stored, answers, await weights.GetVersionAsync(row.WeightsVersion, cancellationToken));
        return new(token, Utc(row.CreatedAt), row.WeightsVersion, answers, advice)
        {
            AdjustedFrom = row.AdjustedFromProtected is null ? null : Unprotect(row.AdjustedFromProtected),
            Workshop = Workshops.FrozenWorkshop.FromJson(row.WorkshopJson),
        };
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    private string? Unprotect(string value)
    {
        try
        {
            return _adjustedFrom.Unprotect(value);
        }
        catch (CryptographicException)
        {
            // Keys rotated away or another deployment's data: the link back is lost, the result is not.
            return null;
        }
    }
}
