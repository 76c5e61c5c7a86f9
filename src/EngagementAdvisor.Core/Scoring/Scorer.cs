using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

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

    public static Recommendation Score(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);

        Span<int> levels = stackalloc int[Factors.Count];
        LevelsOf(answers, levels);
        var scale = Scale(levels, weights, importanceOverride: default);

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

        var knockOuts = ApplicableKnockOuts(levels, weights);
        var ranking = Rank(weighted, scale, knockOuts);
        var winner = ranking[0].Model;
        return new Recommendation(
            ranking,
            contributions,
            ReasonsFor: PickReasons(contributions, winner, positive: true, ReasonsForCount),
            ReasonsAgainst: PickReasons(contributions, winner, positive: false, ReasonsAgainstCount))
        {
            KnockOuts = knockOuts,
        };
    }

    /// <summary>
    /// The winner alone, without explanation: the inner loop of the flip analysis and the Monte-Carlo
    /// runs. <paramref name="importanceOverride"/>, when given, replaces each factor's importance.
    /// </summary>
    internal static EngagementModel Winner(ReadOnlySpan<int> levels, WeightSet weights, ReadOnlySpan<double> importanceOverride, ReadOnlySpan<double> penalties, ReadOnlySpan<bool> excluded)
    {
        var scale = Scale(levels, weights, importanceOverride);
        var best = EngagementModel.Outsourcing;
        var bestKey = double.NegativeInfinity;
        var bestExcluded = true;
        for (var m = 0; m < EngagementModels.Count; m++)
        {
            double sum = 0;
            for (var f = 0; f < Factors.Count; f++)
            {
                if (levels[f] < 0) continue;
                var importance = importanceOverride.IsEmpty ? weights.Importance((Factor)f) : importanceOverride[f];
                sum += importance * weights.Affinity((Factor)f, levels[f], (EngagementModel)m);
            }
            var key = RankKey(sum, scale, penalties[m]);
            // Same order as Rank: models not ruled out first, then the higher key, then the fixed model order.
            if ((bestExcluded && !excluded[m]) || (bestExcluded == excluded[m] && key > bestKey))
            {
                best = (EngagementModel)m;
                bestKey = key;
                bestExcluded = excluded[m];
            }
        }
        return best;
    }

    internal static void LevelsOf(Answers answers, Span<int> levels)
    {
        for (var f = 0; f < Factors.Count; f++) levels[f] = answers.LevelOf((Factor)f);
    }

    /// <summary>Knock-out effects per model, as the inner loops want them.</summary>
    internal static void KnockOutEffects(IReadOnlyList<AppliedKnockOut> knockOuts, Span<double> penalties, Span<bool> excluded)
    {
        penalties.Clear();
        excluded.Clear();
        foreach (var knockOut in knockOuts)
        {
            if (knockOut.Effect == KnockOutEffect.Exclude) excluded[(int)knockOut.Model] = true;
            else penalties[(int)knockOut.Model] += knockOut.Points;
        }
    }

    /// <summary>
    /// Knock-out effects per model straight from answer levels, without building the list: the flip analysis
    /// re-evaluates them for every changed answer. Same rules, same order, same sums as the list-based overload.
    /// </summary>
    internal static void KnockOutEffects(ReadOnlySpan<int> levels, WeightSet weights, Span<double> penalties, Span<bool> excluded)
    {
        penalties.Clear();
        excluded.Clear();
        foreach (var knockOut in weights.CompiledKnockOuts)
        {
            if (levels[knockOut.Factor] != knockOut.Level) continue;
            if (knockOut.Rule.Effect == KnockOutEffect.Exclude) excluded[knockOut.Model] = true;
            else penalties[knockOut.Model] += knockOut.Points;
        }
    }

    internal static List<AppliedKnockOut> ApplicableKnockOuts(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        Span<int> levels = stackalloc int[Factors.Count];
        LevelsOf(answers, levels);
        return ApplicableKnockOuts(levels, weights);
    }

    /// <summary>The rules that fire for these answer levels, in rule order (each rule names one model).</summary>
    internal static List<AppliedKnockOut> ApplicableKnockOuts(ReadOnlySpan<int> levels, WeightSet weights)
    {
        var applied = new List<AppliedKnockOut>();
        foreach (var knockOut in weights.CompiledKnockOuts)
        {
            if (levels[knockOut.Factor] != knockOut.Level) continue;
            var rule = knockOut.Rule;
            applied.Add(new AppliedKnockOut(rule.Id, (EngagementModel)knockOut.Model, rule.Effect, knockOut.Points, rule.Reason, rule.Facts));
        }
        return applied;
    }

    private static double Scale(ReadOnlySpan<int> levels, WeightSet weights, ReadOnlySpan<double> importanceOverride)
    {
        // Normalising by the importance of the answered factors keeps every score within 0–100
        // whether or not the optional refinements were given: all +2 → 100, all −2 → 0.
        double totalImportance = 0;
        for (var f = 0; f < Factors.Count; f++)
        {
            if (levels[f] >= 0) totalImportance += importanceOverride.IsEmpty ? weights.Importance((Factor)f) : importanceOverride[f];
        }
        return totalImportance > 0 ? Baseline / (LevelAffinity.Max * totalImportance) : 0;
    }

    /// <summary>
    /// What the ranking compares. Without penalties it is the exact Σ importance × affinity, so equal
    /// sums tie exactly and the fixed model order decides rather than floating-point noise.
    /// </summary>
    private static double RankKey(double weightedSum, double scale, double penalty) =>
        penalty == 0 ? weightedSum : scale > 0 ? weightedSum - penalty / scale : -penalty;

    private static List<ModelScore> Rank(double[] weighted, double scale, List<AppliedKnockOut> knockOuts)
    {
        Span<double> penalties = stackalloc double[EngagementModels.Count];
        Span<bool> excluded = stackalloc bool[EngagementModels.Count];
        KnockOutEffects(knockOuts, penalties, excluded);
        var keys = new double[EngagementModels.Count];
        var ruledOut = new bool[EngagementModels.Count];
        var ranking = new List<ModelScore>(EngagementModels.Count);
        foreach (var model in EngagementModels.All)
        {
            var m = (int)model;
            keys[m] = RankKey(weighted[m], scale, penalties[m]);
            ruledOut[m] = excluded[m];
            var score = Baseline + scale * weighted[m] - penalties[m];
            ranking.Add(new ModelScore(model, Math.Round(Math.Clamp(score, 0, 100), 1, MidpointRounding.AwayFromZero)) { RuledOut = excluded[m] });
        }
        ranking.Sort((a, b) =>
        {
            var byExclusion = ruledOut[(int)a.Model].CompareTo(ruledOut[(int)b.Model]);
            if (byExclusion != 0) return byExclusion;
            var byScore = keys[(int)b.Model].CompareTo(keys[(int)a.Model]);
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
