using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The numbers one set of answers is ranked with: every answered factor's importance and affinities, and the
/// knock-out rules that fire. <see cref="Rank"/> holds the one ranking rule; the recommendation, the flips and the
/// Monte-Carlo runs all rank through it.
/// </summary>
public sealed class Weighing
{
    private Weighing(IReadOnlyList<WeighedFactor> factors, IReadOnlyList<AppliedKnockOut> knockOuts)
    {
        Factors = factors;
        KnockOuts = knockOuts;
    }

    /// <summary>The answered factors, in question order.</summary>
    public IReadOnlyList<WeighedFactor> Factors { get; }

    /// <summary>The knock-out rules that fire, in rule order.</summary>
    public IReadOnlyList<AppliedKnockOut> KnockOuts { get; }

    public static Weighing Of(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        var factors = new List<WeighedFactor>();
        foreach (var question in answers.Questionnaire.Scored)
        {
            var level = answers.LevelOf(question);
            if (level < 0) continue; // an unanswered refinement does not count
            var levelId = question.Levels[level].Id;
            factors.Add(new WeighedFactor(question, level, weights.Importance(question.Id),
                [.. EngagementModels.All.Select(m => weights.Affinity(question.Id, levelId, m))]));
        }
        var knockOuts = weights.KnockOuts.Where(rule => rule.Fires(answers)).Select(rule => rule.Applied()).ToList();
        return new Weighing(factors, knockOuts);
    }

    /// <summary>
    /// Points per unit of importance × affinity. Normalising by the importance of the answered factors keeps every
    /// score within 0–100 whether or not the optional refinements were given: all +2 → 100, all −2 → 0.
    /// </summary>
    public double Scale(IReadOnlyList<double>? importance = null)
    {
        double total = 0;
        for (var f = 0; f < Factors.Count; f++) total += importance?[f] ?? Factors[f].Importance;
        return total > 0 ? Scorer.Baseline / (LevelAffinity.Max * total) : 0;
    }

    /// <summary>
    /// The ranking: models not ruled out first, then the higher score before rounding, then the fixed model order.
    /// <paramref name="importance"/>, when given, replaces each answered factor's importance (the Monte-Carlo runs).
    /// </summary>
    /// <remarks>
    /// Without penalties the key compared is the exact Σ importance × affinity, so equal sums tie exactly and the
    /// model order decides rather than floating-point noise; a penalty is converted into that sum's units.
    /// </remarks>
    public IReadOnlyList<ModelScore> Rank(IReadOnlyList<double>? importance = null)
    {
        var scale = Scale(importance);
        var candidates = EngagementModels.All.Select(model =>
        {
            double weighted = 0;
            for (var f = 0; f < Factors.Count; f++) weighted += (importance?[f] ?? Factors[f].Importance) * Factors[f].Affinity[(int)model];
            var penalty = KnockOuts.Where(k => k.Model == model && k.Effect == KnockOutEffect.Penalty).Sum(k => k.Points);
            var key = penalty == 0 ? weighted : scale > 0 ? weighted - penalty / scale : -penalty;
            var score = Math.Round(Math.Clamp(Scorer.Baseline + scale * weighted - penalty, 0, 100), 1, MidpointRounding.AwayFromZero);
            var ruledOut = KnockOuts.Any(k => k.Model == model && k.Effect == KnockOutEffect.Exclude);
            return (Key: key, Score: new ModelScore(model, score) { RuledOut = ruledOut });
        });
        return [.. candidates.OrderBy(c => c.Score.RuledOut).ThenByDescending(c => c.Key).ThenBy(c => c.Score.Model).Select(c => c.Score)];
    }
}
