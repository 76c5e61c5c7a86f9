using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>How firm a recommendation is.</summary>
public sealed record Robustness(
    double Margin,
    CloseCall? CloseCall,
    IReadOnlyList<Flip> Flips,
    NumericFlip? DurationFlip,
    NumericFlip? BudgetFlip,
    int MonteCarloRuns,
    double Jitter,
    int MonteCarloWins,
    ulong Seed)
{
    /// <summary>Below this many points between first and second, the result is shown as a close call.</summary>
    public const double CloseCallMargin = 5;
    public const int DefaultRuns = 1_000;
    public const double DefaultJitter = 0.2;
    private const int SeparatorCount = 3;

    private const string TeamExtensionNote =
        "Outstaffing and staff augmentation are the same arrangement under two names — engineers employed by a vendor, directed by you. What separates them is scale and pace: augmentation suits one or two specialists needed fast for a spike or a skill gap; outstaffing suits a longer-lived team.";

    private static readonly IReadOnlyList<string> TeamExtensionFacts = ["F40", "F43", "F84", "F36"];

    public double WinShare => MonteCarloRuns == 0 ? 0 : (double)MonteCarloWins / MonteCarloRuns;

    /// <summary>Margin, close call, flips, the smallest numeric changes and the seeded Monte-Carlo share.</summary>
    public static Robustness Analyse(Answers answers, WeightSet weights, Recommendation recommendation, int monteCarloRuns = DefaultRuns, double jitter = DefaultJitter)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(recommendation);

        var winner = recommendation.Recommended;
        var margin = Math.Round(recommendation.Ranking[0].Score - recommendation.Ranking[1].Score, 1, MidpointRounding.AwayFromZero);
        var seed = SeededRandom.SeedFor(answers);
        return new Robustness(
            margin,
            margin < CloseCallMargin ? DescribeCloseCall(recommendation) : null,
            FindFlips(answers, weights, winner),
            SmallestNumericFlip(answers, weights, winner, Questionnaire.Duration),
            SmallestNumericFlip(answers, weights, winner, Questionnaire.Budget),
            monteCarloRuns,
            jitter,
            CountMonteCarloWins(answers, weights, winner, monteCarloRuns, jitter, seed),
            seed);
    }

    /// <summary>For each answered question, every other answer that would change the winner, all else kept.</summary>
    public static List<Flip> FindFlips(Answers answers, WeightSet weights, EngagementModel winner)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var flips = new List<Flip>();
        foreach (var question in answers.Questionnaire.Scored)
        {
            var original = answers.LevelOf(question);
            if (original < 0) continue; // an unanswered refinement has no "other answer" to try
            for (var level = 0; level < question.Levels.Count; level++)
            {
                if (level == original) continue;
                // Knock-outs depend on the answers, so they are re-evaluated for the changed answer.
                var newWinner = WinnerWith(answers.WithLevel(question, level), weights);
                if (newWinner != winner) flips.Add(new Flip(question.Id, question.Levels[level].Id, question.Levels[level].Label, newWinner));
            }
        }
        return flips;
    }

    /// <summary>
    /// The nearest number that changes the winner. Scores see a number only through its band, so it is enough to
    /// try the nearest value inside each other band.
    /// </summary>
    public static NumericFlip? SmallestNumericFlip(Answers answers, WeightSet weights, EngagementModel winner, Question question)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(question);
        if (answers.Number(question) is not { } current) return null;
        NumericFlip? best = null;
        for (var band = 0; band < question.Bands.Count; band++)
        {
            var (min, max) = question.BandRange(band);
            if (current >= min && current <= max) continue;
            var nearest = current < min ? min : max;
            var newWinner = WinnerWith(answers.With(question, nearest), weights);
            if (newWinner == winner) continue;
            if (best is null || Math.Abs(nearest - current) < Math.Abs(best.To - current)) best = new NumericFlip(question.Id, current, nearest, newWinner);
        }
        return best;
    }

    /// <summary>How often the winner stays first when every importance is jittered uniformly by ±<paramref name="jitter"/>.</summary>
    public static int CountMonteCarloWins(Answers answers, WeightSet weights, EngagementModel winner, int runs, double jitter, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        var weighing = Weighing.Of(answers, weights);
        var scored = answers.Questionnaire.Scored;
        var importance = new double[weighing.Factors.Count];
        var random = new SeededRandom(seed);
        var wins = 0;
        for (var run = 0; run < runs; run++)
        {
            // One draw per question of the questionnaire, answered or not, so a run's draws do not depend on which
            // refinements were answered.
            var f = 0;
            foreach (var question in scored)
            {
                var draw = weights.Importance(question.Id) * (1 + jitter * (2 * random.NextDouble() - 1));
                if (f < weighing.Factors.Count && weighing.Factors[f].Question == question) importance[f++] = draw;
            }
            if (weighing.Rank(importance)[0].Model == winner) wins++;
        }
        return wins;
    }

    private static EngagementModel WinnerWith(Answers answers, WeightSet weights) => Weighing.Of(answers, weights).Rank()[0].Model;

    private static CloseCall DescribeCloseCall(Recommendation recommendation)
    {
        var first = recommendation.Ranking[0].Model;
        var second = recommendation.Ranking[1].Model;
        var margin = Math.Round(recommendation.Ranking[0].Score - recommendation.Ranking[1].Score, 1, MidpointRounding.AwayFromZero);
        var separators = Scorer.Largest(
                recommendation.Contributions
                    .Select(c => new Separator(c.Factor, c.Level, Math.Round(c.For(first) - c.For(second), 1, MidpointRounding.AwayFromZero)))
                    .Where(s => s.Points != 0),
                s => s.Points, SeparatorCount)
            .ToList();
        var teamExtensionPair = (first, second) is (EngagementModel.Outstaffing, EngagementModel.StaffAugmentation) or (EngagementModel.StaffAugmentation, EngagementModel.Outstaffing);
        return new CloseCall(first, second, margin, separators,
            teamExtensionPair ? TeamExtensionNote : null,
            teamExtensionPair ? TeamExtensionFacts : []);
    }
}
