using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>A stored assessment as the result page and the API show it.</summary>
public sealed record StoredAssessment(
    string Token, DateTime CreatedAt, int WeightsVersion, Answers Answers, Advice Advice)
{
    public Recommendation Recommendation => Advice.Recommendation;

    /// <summary>The share token of the result these answers were adjusted from, if any.</summary>
    public string? AdjustedFrom { get; init; }
}

/// <summary>A stored assessment with its result still as the stored JSON document, for callers that only copy it out.</summary>
public sealed record StoredResultDocument(string Token, DateTime CreatedAt, int WeightsVersion, Answers Answers, string ResultJson)
{
    public string? AdjustedFrom { get; init; }
}

/// <summary>A new result and its private manage token, which is shown to the creator once and never again.</summary>
public sealed record CreatedAssessment(StoredAssessment Stored, string ManageToken);

public enum Lookup { Found, Gone, Missing }

/// <summary>Scores answers with the latest weights, stores the result behind a new share token, and finds it again.</summary>
public sealed class AssessmentService(
    IDbContextFactory<AdvisorDbContext> contexts, WeightsStore weights, TimeProvider clock, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider protection,
    Microsoft.AspNetCore.OutputCaching.IOutputCacheStore renderedPages, AssessmentWriter writer, SqliteResultReader sqliteRows)
{
    private readonly Microsoft.AspNetCore.DataProtection.IDataProtector _adjustedFrom = protection.CreateProtector("EngagementAdvisor.AdjustedFrom");

    public async Task<CreatedAssessment> CreateAsync(Answers answers, string? adjustedFrom = null, CancellationToken cancellationToken = default)
    {
        var latest = await weights.GetLatestAsync(cancellationToken);
        var advice = Advisor.Advise(answers, latest.Weights);
        var token = ShareToken.New();
        // Whole seconds: the stored value and what the API echoes must be identical on every provider.
        var now = clock.GetUtcNow().UtcDateTime;
        var createdAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

        var manageToken = ShareToken.New();
        var row = ToRow(answers, token, createdAt, latest.Version, advice);
        row.ManageTokenHash = ShareToken.Hash(manageToken);
        // Only a well-formed token of an existing result is linked; anything else is silently not linked.
        if (ShareToken.IsWellFormed(adjustedFrom) && await FindAsync(adjustedFrom, cancellationToken) is not null)
        {
            row.AdjustedFromProtected = _adjustedFrom.Protect(adjustedFrom!);
        }
        // Answered only once committed: an acknowledged result survives a crash.
        await writer.StoreAsync(row, cancellationToken);
        return new CreatedAssessment(
            new StoredAssessment(token, createdAt, latest.Version, answers, advice) { AdjustedFrom = row.AdjustedFromProtected is null ? null : adjustedFrom },
            manageToken);
    }

    /// <summary>Found, deleted by its creator (410), or never existed (404).</summary>
    public async Task<(Lookup Lookup, StoredAssessment? Stored)> LookUpAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (lookup, row) = await FindRowAsync(token, cancellationToken);
        return (lookup, row is null ? null : FromRow(row, token!));
    }

    // Every open result link and API read runs this query. On SQLite it runs as a statement kept prepared
    // (SqliteResultReader); on PostgreSQL compiled once, which skips EF's per-call expression evaluation and query-cache look-up.
    private static readonly Func<AdvisorDbContext, byte[], CancellationToken, Task<Assessment?>> RowByTokenHash =
        EF.CompileAsyncQuery((AdvisorDbContext db, byte[] hash, CancellationToken _) =>
            db.Assessments.AsNoTracking().SingleOrDefault(a => a.TokenHash == hash));

    private async Task<(Lookup Lookup, Assessment? Row)> FindRowAsync(string? token, CancellationToken cancellationToken)
    {
        if (!ShareToken.IsWellFormed(token)) return (Lookup.Missing, null);
        var hash = ShareToken.Hash(token!);
        var row = sqliteRows.IsActive ? sqliteRows.Find(hash) : await FindWithEfCoreAsync(hash, cancellationToken);
        if (row is null) return (Lookup.Missing, null);
        return row.DeletedAt is null ? (Lookup.Found, row) : (Lookup.Gone, null);
    }

    private async Task<Assessment?> FindWithEfCoreAsync(byte[] hash, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RowByTokenHash(db, hash, cancellationToken);
    }

    /// <summary>As <see cref="LookUpAsync"/>, leaving the result as its stored JSON document.</summary>
    public async Task<(Lookup Lookup, StoredResultDocument? Stored)> LookUpDocumentAsync(string? token, CancellationToken cancellationToken = default)
    {
        var (lookup, row) = await FindRowAsync(token, cancellationToken);
        if (row is null) return (lookup, null);
        return (Lookup.Found, new StoredResultDocument(token!, DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc), row.WeightsVersion, AnswersOf(row), row.ResultJson)
        {
            AdjustedFrom = row.AdjustedFromProtected is null ? null : Unprotect(row.AdjustedFromProtected),
        });
    }

    /// <summary>The result, if <paramref name="manageToken"/> is its manage token; otherwise nothing, as for an unknown token.</summary>
    public async Task<StoredAssessment?> FindManagedAsync(string? token, string? manageToken, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token) || !ShareToken.IsWellFormed(manageToken)) return null;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash && a.DeletedAt == null, cancellationToken);
        return row?.ManageTokenHash is not null
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(row.ManageTokenHash, ShareToken.Hash(manageToken!))
            ? FromRow(row, token!)
            : null;
    }

    /// <summary>Deletes the result if <paramref name="manageToken"/> is its manage token. Returns false otherwise.</summary>
    public async Task<bool> DeleteAsync(string? token, string? manageToken, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token) || !ShareToken.IsWellFormed(manageToken)) return false;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.SingleOrDefaultAsync(a => a.TokenHash == hash && a.DeletedAt == null, cancellationToken);
        if (row?.ManageTokenHash is null
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(row.ManageTokenHash, ShareToken.Hash(manageToken!)))
        {
            return false;
        }
        // A tombstone keeps the link answering 410; what identified the client or the advice is wiped.
        row.DeletedAt = clock.GetUtcNow().UtcDateTime;
        row.Label = null;
        row.ResultJson = "{}";
        row.AdjustedFromProtected = null;
        await db.SaveChangesAsync(cancellationToken);
        // The link must answer 410 from now on, not the page this instance rendered before.
        await renderedPages.EvictByTagAsync(ResultPageCachePolicy.TagOf(token!), cancellationToken);
        return true;
    }

    public async Task<StoredAssessment?> FindAsync(string? token, CancellationToken cancellationToken = default) =>
        (await LookUpAsync(token, cancellationToken)).Stored;

    /// <summary>For admins, who see results by id; the returned token is empty because only its hash is stored.</summary>
    public async Task<StoredAssessment?> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.DeletedAt == null, cancellationToken);
        return row is null ? null : FromRow(row, "");
    }

    /// <summary>The stored answers scored again with the latest weights. Stores nothing.</summary>
    public async Task<StoredAssessment> RescoreAsync(StoredAssessment stored, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var latest = await weights.GetLatestAsync(cancellationToken);
        return stored with { WeightsVersion = latest.Version, Advice = Advisor.Advise(stored.Answers, latest.Weights) };
    }

    private static Assessment ToRow(Answers answers, string token, DateTime createdAt, int version, Advice advice) => new()
    {
        TokenHash = ShareToken.Hash(token),
        CreatedAt = createdAt,
        WeightsVersion = version,
        Control = answers.Control.Id(),
        ScopeStability = answers.ScopeStability.Id(),
        InHousePm = answers.InHousePm.Id(),
        DurationMonths = answers.DurationMonths,
        BudgetUsd = answers.BudgetUsd,
        TeamSize = answers.TeamSize,
        StartUrgency = answers.StartUrgency?.Id(),
        DataSensitivity = answers.DataSensitivity?.Id(),
        NicheExpertise = answers.NicheExpertise,
        Label = answers.Label,
        RecommendedModel = advice.Recommendation.Recommended.Id(),
        ResultJson = JsonSerializer.Serialize(advice, AdvisorJson.Options),
    };

    internal static Answers AnswersOf(Assessment row) => new()
    {
        Control = AnswerIds.TryParse(row.Control, out ControlLevel control) ? control : throw Corrupt(row),
        ScopeStability = AnswerIds.TryParse(row.ScopeStability, out ScopeStability scope) ? scope : throw Corrupt(row),
        InHousePm = AnswerIds.TryParse(row.InHousePm, out InHousePm pm) ? pm : throw Corrupt(row),
        DurationMonths = row.DurationMonths,
        BudgetUsd = row.BudgetUsd,
        TeamSize = row.TeamSize,
        StartUrgency = AnswerIds.TryParse(row.StartUrgency, out StartUrgency urgency) ? urgency : null,
        DataSensitivity = AnswerIds.TryParse(row.DataSensitivity, out DataSensitivity sensitivity) ? sensitivity : null,
        NicheExpertise = row.NicheExpertise,
        Label = row.Label,
    };

    private static InvalidDataException Corrupt(Assessment row) => new($"Assessment {row.Id} has an answer outside the known values.");

    private StoredAssessment FromRow(Assessment row, string token) => new(
        token,
        DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc),
        row.WeightsVersion,
        AnswersOf(row),
        JsonSerializer.Deserialize<Advice>(row.ResultJson, AdvisorJson.Options)
            ?? throw new InvalidDataException($"Assessment {row.Id} has an empty result."))
    {
        AdjustedFrom = row.AdjustedFromProtected is null ? null : Unprotect(row.AdjustedFromProtected),
    };

    private string? Unprotect(string value)
    {
        try
        {
            return _adjustedFrom.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            // Keys rotated away or another deployment's data: the link back is lost, the result is not.
            return null;
        }
    }
}
