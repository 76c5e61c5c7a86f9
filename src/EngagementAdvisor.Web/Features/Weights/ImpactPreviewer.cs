using System.Threading.Channels;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Answers;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// Re-scores every stored result under a draft weight set (issue 21): one reader streams the rows (answers and the
/// recommended model only, never the stored advice) and a worker per core parses and scores them, so a million
/// results take seconds, not minutes. Reads only; cancelled when the admin leaves or presses Cancel.
/// </summary>
public sealed class ImpactPreviewer(IDbContextFactory<AdvisorDbContext> contexts, Data.Setup.StreamingReads streaming, Questionnaire questionnaire, WeightsStore weights)
{
    /// <summary>The changed results listed by id and label, newest first; the rest are counted.</summary>
    public const int FlipsKept = 500;

    private const int Batch = 512;

    private sealed record Row(long Id, DateTime CreatedAt, string AnswersJson, string RecommendedModel, int WeightsVersion);

    private sealed class Tally
    {
        // Indexed by the model's number, as Weighing indexes its scores.
        public readonly int[] Before = new int[EngagementModels.Count];
        public readonly int[] After = new int[EngagementModels.Count];
        public readonly List<FlippedAssessment> Flips = [];
        public readonly int[,] Moves = new int[EngagementModels.Count, EngagementModels.Count];
        public int Changed;
        public int Up, Down;
        public double SumUp, SumDown, LargestUp, LargestDown;
    }

    public async Task<ImpactPreview> PreviewAsync(WeightSet draft, PreviewProgress? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        progress ??= new PreviewProgress();
        var latest = await weights.GetLatestAsync(cancellationToken);
        var baseline = new Baseline(latest.Version, latest.Weights, draft.Costs);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            progress.Total = await db.Assessments.CountAsync(a => a.DeletedAt == null, cancellationToken);
        }
        var batches = Channel.CreateBounded<List<Row>>(new BoundedChannelOptions(Environment.ProcessorCount * 2) { SingleWriter = true });
        var workers = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Run(() => ScoreAsync(batches.Reader, draft, baseline, progress, cancellationToken), cancellationToken))
            .ToList();
        try
        {
            // Rows stream as they are read, never held in memory (StreamingReads).
            await using var db = streaming.CreateDbContext();
            var batch = new List<Row>(Batch);
            await foreach (var row in db.Assessments.AsNoTracking().Where(a => a.DeletedAt == null)
                .Select(a => new Row(a.Id, a.CreatedAt, a.AnswersJson, a.RecommendedModel, a.WeightsVersion))
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                batch.Add(row);
                if (batch.Count < Batch) continue;
                await batches.Writer.WriteAsync(batch, cancellationToken);
                batch = new List<Row>(Batch);
            }
            if (batch.Count > 0) await batches.Writer.WriteAsync(batch, cancellationToken);
        }
        finally
        {
            batches.Writer.TryComplete();
        }
        var tallies = await Task.WhenAll(workers);
        int up = tallies.Sum(t => t.Up), down = tallies.Sum(t => t.Down);
        return new ImpactPreview(
            tallies.Sum(t => t.Before.Sum()),
            EngagementModels.All.ToDictionary(m => m, m => tallies.Sum(t => t.Before[(int)m])),
            EngagementModels.All.ToDictionary(m => m, m => tallies.Sum(t => t.After[(int)m])),
            Newest(tallies.SelectMany(t => t.Flips)),
            tallies.Sum(t => t.Changed))
        {
            Costs = new CostMovement(up, down,
                up == 0 ? 0 : tallies.Sum(t => t.SumUp) / up, down == 0 ? 0 : tallies.Sum(t => t.SumDown) / down,
                tallies.Max(t => t.LargestUp), tallies.Min(t => t.LargestDown)),
            CostAssumptionsChanged = baseline.AssumptionsChanged,
            Moves = [.. (from before in EngagementModels.All
                         from after in EngagementModels.All
                         let count = tallies.Sum(t => t.Moves[(int)before, (int)after])
                         where before != after && count > 0
                         orderby count descending, before, after
                         select (before, after, count))],
        };
    }

    /// <summary>
    /// The version in use now and the draft's cost assumptions. "Now" is what the current version gives: a result stored
    /// under it is taken as stored (the same weights give the same winner), one stored under an older version is weighed
    /// again.
    /// </summary>
    private sealed record Baseline(int Version, WeightSet Weights, CostAssumptions Draft)
    {
        public CostAssumptions Current => Weights.Costs;

        public bool AssumptionsChanged { get; } = !Weights.Costs.Equals(Draft);
    }

    private async Task<Tally> ScoreAsync(ChannelReader<List<Row>> batches, WeightSet draft, Baseline baseline, PreviewProgress progress, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        await foreach (var batch in batches.ReadAllAsync(cancellationToken))
        {
            // ReadAllAsync looks at the token only when it has to wait: batches already queued would all be scored.
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var row in batch)
            {
                var answers = AnswersJson.Parse(questionnaire, row.AnswersJson);
                var before = row.WeightsVersion == baseline.Version && EngagementModels.TryParse(row.RecommendedModel, out var stored)
                    ? stored
                    : Weighing.Of(answers, baseline.Weights).Winner();
                // The winner alone: no contributions, reasons or ranking to build for a result that is only counted.
                var after = Weighing.Of(answers, draft).Winner();
                tally.Before[(int)before]++;
                tally.After[(int)after]++;
                // Every result priced now and under the draft: one model's lines each (TotalOf), so no skipping is needed.
                var costBefore = CostEstimator.TotalOf(before, answers, baseline.Current).Likely;
                var costAfter = CostEstimator.TotalOf(after, answers, baseline.Draft).Likely;
                Count(tally, costBefore, costAfter);
                if (after == before) continue;
                tally.Changed++;
                tally.Moves[(int)before, (int)after]++;
                // Each worker keeps its newest; the merge keeps the newest of all.
                tally.Flips.Add(new FlippedAssessment(row.Id, DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc), answers.Label, before, after)
                {
                    BeforeLikelyUsd = costBefore,
                    AfterLikelyUsd = costAfter,
                });
                if (tally.Flips.Count > FlipsKept * 2)
                {
                    var kept = Newest(tally.Flips);
                    tally.Flips.Clear();
                    tally.Flips.AddRange(kept);
                }
            }
            progress.Add(batch.Count);
        }
        return tally;
    }

    private static void Count(Tally tally, double before, double after)
    {
        if (Math.Abs(after - before) < 1 || before <= 0) return;
        var change = after / before - 1;
        if (change > 0)
        {
            tally.Up++;
            tally.SumUp += change;
            tally.LargestUp = Math.Max(tally.LargestUp, change);
        }
        else
        {
            tally.Down++;
            tally.SumDown += change;
            tally.LargestDown = Math.Min(tally.LargestDown, change);
        }
    }

    /// <summary>The <see cref="FlipsKept"/> newest changes, as the admin list orders results.</summary>
    private static List<FlippedAssessment> Newest(IEnumerable<FlippedAssessment> flips) =>
        [.. flips.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id).Take(FlipsKept)];
}
