using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Converts results stored with their words (<see cref="AdviceForm.WithProse"/>, before issue 21) to their ids and
/// figures, in the background after start-up, a batch at a time: each text its ids give back word for word is left
/// out, any other is kept, so every result reads as before. Until a row is converted it is shown as stored, so the
/// app serves throughout. Safe to run on several instances at once: a row is only written while it is still
/// <see cref="AdviceForm.WithProse"/> and not deleted, and converting it twice gives the same row.
/// </summary>
public sealed partial class ProseMigration(
    IDbContextFactory<AdvisorDbContext> contexts, Questionnaire questionnaire, WeightsStore weights, ILogger<ProseMigration> logger)
    : BackgroundService
{
    // Small enough that SQLite's one writer is held for a few milliseconds, so new results are not kept waiting.
    private const int BatchSize = 200;

    private sealed record Row(long Id, int WeightsVersion, string AnswersJson, string ResultJson);

    /// <summary>Converts every row still stored with its words; returns how many were converted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var converted = 0;
        var after = 0L;
        while (true)
        {
            List<Row> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                rows = await db.Assessments.AsNoTracking()
                    .Where(a => a.AdviceForm == AdviceForm.WithProse && a.Id > after && a.DeletedAt == null)
                    .OrderBy(a => a.Id)
                    .Take(BatchSize)
                    .Select(a => new Row(a.Id, a.WeightsVersion, a.AnswersJson, a.ResultJson))
                    .ToListAsync(cancellationToken);
            }
            if (rows.Count == 0) break;
            after = rows[^1].Id;
            var stripped = new List<(long Id, string Json)>(rows.Count);
            foreach (var row in rows) stripped.Add((row.Id, await StripAsync(row, cancellationToken)));
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                // One transaction a batch; PostgreSQL's retrying strategy re-runs the whole batch, which is safe: each
                // update only writes a row still stored with its words.
                converted += await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
                {
                    var written = 0;
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    foreach (var (id, json) in stripped)
                    {
                        // A row deleted meanwhile is a tombstone now (marked converted by the deletion): it must not get its advice back.
                        written += await db.Assessments
                            .Where(a => a.Id == id && a.AdviceForm == AdviceForm.WithProse && a.DeletedAt == null)
                            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ResultJson, json).SetProperty(a => a.AdviceForm, AdviceForm.IdsAndFigures), ct);
                    }
                    await transaction.CommitAsync(ct);
                    return written;
                }, cancellationToken);
            }
            if (converted % 10_000 < rows.Count) LogProgress(logger, converted);
        }
        if (converted > 0) LogDone(logger, converted);
        return converted;
    }

    private async Task<string> StripAsync(Row row, CancellationToken cancellationToken)
    {
        var advice = JsonSerializer.Deserialize<Advice>(row.ResultJson, AdvisorJson.Options)
            ?? throw new InvalidDataException($"Assessment {row.Id} has an empty result.");
        var answers = AnswersJson.Parse(questionnaire, row.AnswersJson);
        return AssessmentStore.StoredAdvice(advice, answers, await weights.GetVersionAsync(row.WeightsVersion, cancellationToken));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unconverted rows are shown as stored; the next start-up carries on from where this one stopped.
            LogFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stored results converted to ids and figures so far: {Count}")]
    private static partial void LogProgress(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Converted {Count} stored results to ids and figures; their words now come from the ids")]
    private static partial void LogDone(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Converting stored results to ids and figures failed; it carries on at the next start-up")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
