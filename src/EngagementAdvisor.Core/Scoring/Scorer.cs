using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// Scores the four models for one set of answers. Pure and deterministic: the same answers and
/// weight set always give the same recommendation, which is what lets a stored result be trusted
/// and a past result be re-scored for comparison. docs/scoring.md gives the formula.
/// </summary>
public static class Scorer
{
    public const double Baseline = 50;

    /// <summary>
    /// How far from the baseline answers alone can take a score: a mean affinity of +2 gives 70, of −2 gives 30. Kept
    /// well inside 0–100 because the affinities are judgement in steps of one (docs/scoring.md, "Formula").
    /// </summary>
    public const double Reach = 20;

    /// <summary>
    /// What one answer adds to a model's score when every question whose importances add up to
    /// <paramref name="totalImportance"/> is answered: the formula's term for it (docs/scoring.md, "Formula"), as the
    /// weights editor shows under each affinity.
    /// </summary>
    public static double AnswerPoints(double importance, int affinity, double totalImportance) =>
        totalImportance > 0 ? Reach * importance * affinity / (LevelAffinity.Max * totalImportance) : 0;

    private const int ReasonsForCount = 3;
    private const int ReasonsAgainstCount = 2;

    public static Recommendation Score(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var weighing = Weighing.Of(answers, weights);
        var ranking = weighing.Rank();
        var winner = ranking[0].Model;
        var scale = weighing.Scale();
        var contributions = weighing.Factors
            .Select(f => new FactorContribution(f.Question.Id, f.Question.Levels[f.Level].Id,
                // Shown and stored to two decimals; the ranking uses the exact sums.
                [.. EngagementModels.All.Select(m => Math.Round(scale * (f.Importance * f.Affinity[(int)m]), 2, MidpointRounding.AwayFromZero))]))
            .ToList();
        return new Recommendation(
            ranking,
            contributions,
            ReasonsFor: Reasons(answers.Questionnaire, contributions, winner, c => c.For(winner) > 0, ReasonsForCount),
            ReasonsAgainst: Reasons(answers.Questionnaire, contributions, winner, c => c.For(winner) < 0, ReasonsAgainstCount))
        {
            KnockOuts = weighing.KnockOuts,
        };
    }

    /// <summary>The largest contributions for (or against) the winner, by their size to one decimal, then in question order.</summary>
    private static List<Reason> Reasons(
        Questionnaire questionnaire, List<FactorContribution> contributions, EngagementModel winner, Func<FactorContribution, bool> side, int count) =>
        Largest(contributions.Where(side), c => Math.Round(c.For(winner), 1, MidpointRounding.AwayFromZero), count)
            .Select(c =>
            {
                var text = ReasonTexts.For(questionnaire.Find(c.Factor)!, c.Level);
                return new Reason(c.Factor, c.Level, Math.Round(c.For(winner), 1, MidpointRounding.AwayFromZero), text.Text, text.Facts);
            })
            .ToList();

    /// <summary>
    /// The one top-N pick of the advice (reasons, what separates a close call): the <paramref name="count"/> items of
    /// largest absolute size; among equal sizes the earlier item (the earlier question) comes first.
    /// </summary>
    public static IEnumerable<T> Largest<T>(IEnumerable<T> items, Func<T, double> size, int count) =>
        items.OrderByDescending(item => Math.Abs(size(item))).Take(count);
}
