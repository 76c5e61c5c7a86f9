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

        var answered = 0;
        for (var f = 0; f < Factors.Count; f++)
        {
            if (levels[f] >= 0) answered++;
        }
        Span<double> weighted = stackalloc double[EngagementModels.Count];
        var contributions = new FactorContribution[answered];
        var c = 0;
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
            contributions[c++] = new FactorContribution(factor, Factors.Get(factor).Levels[levels[f]].Id, points);
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

    internal static AppliedKnockOut[] ApplicableKnockOuts(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        Span<int> levels = stackalloc int[Factors.Count];
        LevelsOf(answers, levels);
        return ApplicableKnockOuts(levels, weights);
    }

    /// <summary>The rules that fire for these answer levels, in rule order (each rule names one model).</summary>
    internal static AppliedKnockOut[] ApplicableKnockOuts(ReadOnlySpan<int> levels, WeightSet weights)
    {
        var compiled = weights.CompiledKnockOuts;
        var count = 0;
        foreach (var knockOut in compiled)
        {
            if (levels[knockOut.Factor] == knockOut.Level) count++;
        }
        if (count == 0) return [];
        var applied = new AppliedKnockOut[count];
        var i = 0;
        foreach (var knockOut in compiled)
        {
            if (levels[knockOut.Factor] != knockOut.Level) continue;
            var rule = knockOut.Rule;
            applied[i++] = new AppliedKnockOut(rule.Id, (EngagementModel)knockOut.Model, rule.Effect, knockOut.Points, rule.Reason, rule.Facts);
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

    private static ModelScore[] Rank(ReadOnlySpan<double> weighted, double scale, AppliedKnockOut[] knockOuts)
    {
        Span<double> penalties = stackalloc double[EngagementModels.Count];
        Span<bool> excluded = stackalloc bool[EngagementModels.Count];
        KnockOutEffects(knockOuts, penalties, excluded);
        Span<double> keys = stackalloc double[EngagementModels.Count];
        var ranking = new ModelScore[EngagementModels.Count];
        for (var m = 0; m < EngagementModels.Count; m++)
        {
            keys[m] = RankKey(weighted[m], scale, penalties[m]);
            var score = Baseline + scale * weighted[m] - penalties[m];
            ranking[m] = new ModelScore((EngagementModel)m, Math.Round(Math.Clamp(score, 0, 100), 1, MidpointRounding.AwayFromZero)) { RuledOut = excluded[m] };
        }
        // Insertion sort: four entries, and the order is total (models not ruled out first, then the
        // higher key, then the fixed model order), so any correct sort gives this same ranking.
        for (var i = 1; i < ranking.Length; i++)
        {
            var entry = ranking[i];
            var j = i - 1;
            while (j >= 0 && RanksBefore(entry, ranking[j], keys, excluded))
            {
                ranking[j + 1] = ranking[j];
                j--;
            }
            ranking[j + 1] = entry;
        }
        return ranking;
    }

    private static bool RanksBefore(ModelScore a, ModelScore b, ReadOnlySpan<double> keys, ReadOnlySpan<bool> excluded)
    {
        var byExclusion = excluded[(int)a.Model].CompareTo(excluded[(int)b.Model]);
        if (byExclusion != 0) return byExclusion < 0;
        var byScore = keys[(int)b.Model].CompareTo(keys[(int)a.Model]);
        return byScore != 0 ? byScore < 0 : a.Model < b.Model;
    }

    /// <summary>
    /// The <paramref name="count"/> largest contributions for (or against) the winner, by rounded size and then
    /// factor order; only those become <see cref="Reason"/>s.
    /// </summary>
    private static Reason[] PickReasons(FactorContribution[] contributions, EngagementModel winner, bool positive, int count)
    {
        Span<int> picked = stackalloc int[count];
        Span<double> sizes = stackalloc double[count];
        var taken = 0;
        for (var i = 0; i < contributions.Length; i++)
        {
            var points = contributions[i].For(winner);
            if (positive ? points <= 0 : points >= 0) continue;
            var size = Math.Abs(Math.Round(points, 1, MidpointRounding.AwayFromZero));
            // Contributions come in factor order, so an equal size never displaces an earlier factor.
            var at = taken;
            while (at > 0 && size > sizes[at - 1]) at--;
            if (at >= count) continue;
            var last = Math.Min(taken, count - 1);
            for (var k = last; k > at; k--)
            {
                picked[k] = picked[k - 1];
                sizes[k] = sizes[k - 1];
            }
            picked[at] = i;
            sizes[at] = size;
            if (taken < count) taken++;
        }
        if (taken == 0) return [];
        var reasons = new Reason[taken];
        for (var k = 0; k < taken; k++)
        {
            var contribution = contributions[picked[k]];
            var text = ReasonTexts.For(contribution.Factor, contribution.Level);
            reasons[k] = new Reason(contribution.Factor, contribution.Level, Math.Round(contribution.For(winner), 1, MidpointRounding.AwayFromZero), text.Text, text.Facts);
        }
        return reasons;
    }
}
