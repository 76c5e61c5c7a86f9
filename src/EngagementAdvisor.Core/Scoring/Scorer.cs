using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// Scores the four models for one set of answers. Pure and deterministic: the same answers and
/// weight set always give the same recommendation, which is what lets a stored result be trusted
/// and a past result be re-scored for comparison.
/// </summary>
public static class Scorer
{
    public const double Baseline = 50;
    private const int ReasonsForCount = 3;
    private const int ReasonsAgainstCount = 2;

    public static Recommendation Score(Questions.Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);

        Span<int> levels = stackalloc int[Factors.Count];
        double totalImportance = 0;
        for (var f = 0; f < Factors.Count; f++)
        {
            levels[f] = answers.LevelOf((Factor)f);
            if (levels[f] >= 0) totalImportance += weights.Importance((Factor)f);
        }

        // Normalising by the importance of the answered factors keeps every score within 0–100
        // whether or not the optional refinements were given: all +2 → 100, all −2 → 0.
        var scale = totalImportance > 0 ? Baseline / (LevelAffinity.Max * totalImportance) : 0;
        // Σ importance × affinity per model: exact for integer weights, so equal sums tie exactly
        // and the fixed model order decides, rather than floating-point noise.
        var weighted = new double[EngagementModels.Count];
        var contributions = new List<FactorContribution>(Factors.Count);
        for (var f = 0; f < Factors.Count; f++)
        {
            if (levels[f] < 0) continue;
            var factor = (Factor)f;
            var importance = weights.Importance(factor);
            var points = new double[EngagementModels.Count];
            for (var m = 0; m < EngagementModels.Count; m++)
            {
                var product = importance * weights.Affinity(factor, levels[f], (EngagementModel)m);
                weighted[m] += product;
                // Shown and stored to two decimals; the ranking uses the exact sum.
                points[m] = Math.Round(scale * product, 2, MidpointRounding.AwayFromZero);
            }
            contributions.Add(new FactorContribution(factor, Factors.Get(factor).Levels[levels[f]].Id, points));
        }

        var ranking = Rank(weighted, scale);
        var winner = ranking[0].Model;
        return new Recommendation(
            ranking,
            contributions,
            ReasonsFor: PickReasons(contributions, winner, positive: true, ReasonsForCount),
            ReasonsAgainst: PickReasons(contributions, winner, positive: false, ReasonsAgainstCount));
    }

    private static List<ModelScore> Rank(double[] weighted, double scale)
    {
        var ranking = new List<ModelScore>(EngagementModels.Count);
        foreach (var model in EngagementModels.All)
        {
            var score = Baseline + scale * weighted[(int)model];
            ranking.Add(new ModelScore(model, Math.Round(Math.Clamp(score, 0, 100), 1, MidpointRounding.AwayFromZero)));
        }
        // Ties are broken by the fixed model order so the ranking is deterministic.
        ranking.Sort((a, b) =>
        {
            var byScore = weighted[(int)b.Model].CompareTo(weighted[(int)a.Model]);
            return byScore != 0 ? byScore : a.Model.CompareTo(b.Model);
        });
        return ranking;
    }

    private static List<Reason> PickReasons(List<FactorContribution> contributions, EngagementModel winner, bool positive, int count)
    {
        var picked = new List<Reason>(count);
        foreach (var contribution in contributions)
        {
            var points = contribution.For(winner);
            if (positive ? points <= 0 : points >= 0) continue;
            var text = ReasonTexts.For(contribution.Factor, contribution.Level);
            picked.Add(new Reason(contribution.Factor, contribution.Level, Math.Round(points, 1, MidpointRounding.AwayFromZero), text.Text, text.Facts));
        }
        picked.Sort((a, b) =>
        {
            var bySize = Math.Abs(b.Points).CompareTo(Math.Abs(a.Points));
            return bySize != 0 ? bySize : a.Factor.CompareTo(b.Factor);
        });
        if (picked.Count > count) picked.RemoveRange(count, picked.Count - count);
        return picked;
    }
}
