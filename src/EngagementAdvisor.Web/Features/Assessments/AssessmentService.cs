using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>A stored assessment as the result page and the API show it.</summary>
public sealed record StoredAssessment(
    string Token, DateTime CreatedAt, int WeightsVersion, Answers Answers, Advice Advice)
{
    public Recommendation Recommendation => Advice.Recommendation;
}

/// <summary>Scores answers with the latest weights, stores the result behind a new share token, and finds it again.</summary>
public sealed class AssessmentService(IDbContextFactory<AdvisorDbContext> contexts, WeightsStore weights, TimeProvider clock)
{
    public async Task<StoredAssessment> CreateAsync(Answers answers, CancellationToken cancellationToken = default)
    {
        var latest = await weights.GetLatestAsync(cancellationToken);
        var advice = Advisor.Advise(answers, latest.Weights);
        var token = ShareToken.New();
        // Whole seconds: the stored value and what the API echoes must be identical on every provider.
        var now = clock.GetUtcNow().UtcDateTime;
        var createdAt = new DateTime(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Assessments.Add(ToRow(answers, token, createdAt, latest.Version, advice));
        await db.SaveChangesAsync(cancellationToken);
        return new StoredAssessment(token, createdAt, latest.Version, answers, advice);
    }

    public async Task<StoredAssessment?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!ShareToken.IsWellFormed(token)) return null;
        var hash = ShareToken.Hash(token!);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.TokenHash == hash, cancellationToken);
        return row is null ? null : FromRow(row, token!);
    }

    /// <summary>For admins, who see results by id; the returned token is empty because only its hash is stored.</summary>
    public async Task<StoredAssessment?> FindByIdAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Assessments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
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

    private static StoredAssessment FromRow(Assessment row, string token) => new(
        token,
        DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc),
        row.WeightsVersion,
        AnswersOf(row),
        JsonSerializer.Deserialize<Advice>(row.ResultJson, AdvisorJson.Options)
            ?? throw new InvalidDataException($"Assessment {row.Id} has an empty result."));
}
