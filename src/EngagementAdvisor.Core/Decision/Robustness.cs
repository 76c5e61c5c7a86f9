using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Another answer to one question that would change the recommended model.</summary>
public sealed record Flip(Factor Factor, string Level, string LevelLabel, EngagementModel NewWinner);

/// <summary>The smallest change of a number (duration or budget) that changes the recommended model.</summary>
public sealed record NumericFlip(Factor Factor, long From, long To, EngagementModel NewWinner);

/// <summary>What separates the first two models when the margin is small: the factors that differ most between them.</summary>
public sealed record Separator(Factor Factor, string Level, double Points);

public sealed record CloseCall(EngagementModel First, EngagementModel Second, double Margin, IReadOnlyList<Separator> Separators, string? Note, IReadOnlyList<string> Facts);

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
            margin < CloseCallMargin ? DescribeCloseCall(recommendation, margin) : null,
            FindFlips(answers, weights, winner),
            SmallestNumericFlip(answers, weights, winner, Factor.Duration),
            SmallestNumericFlip(answers, weights, winner, Factor.Budget),
            monteCarloRuns,
            jitter,
            CountMonteCarloWins(answers, weights, winner, monteCarloRuns, jitter, seed),
            seed);
    }

    /// <summary>For each question, every other answer that would change the winner, all else kept.</summary>
    public static List<Flip> FindFlips(Answers answers, WeightSet weights, EngagementModel winner)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        Span<int> levels = stackalloc int[Factors.Count];
        Scorer.LevelsOf(answers, levels);
        Span<double> penalties = stackalloc double[EngagementModels.Count];
        Span<bool> excluded = stackalloc bool[EngagementModels.Count];
        // Found flips as (factor, level, new winner), so the list is allocated once at its final size.
        Span<int> found = stackalloc int[3 * AlternativeCount];
        var count = 0;
        foreach (var definition in Factors.All)
        {
            var f = (int)definition.Factor;
            var original = levels[f];
            if (original < 0) continue; // an unanswered refinement has no "other answer" to try
            for (var level = 0; level < definition.Levels.Count; level++)
            {
                if (level == original) continue;
                levels[f] = level;
                // Knock-outs depend on the answers, so they are re-evaluated for the changed answer;
                // they key on answer levels only, so the changed levels are all they need.
                Scorer.KnockOutEffects(levels, weights, penalties, excluded);
                var newWinner = Scorer.Winner(levels, weights, default, penalties, excluded);
                if (newWinner == winner) continue;
                found[3 * count] = f;
                found[3 * count + 1] = level;
                found[3 * count + 2] = (int)newWinner;
                count++;
            }
            levels[f] = original;
        }
        var flips = new List<Flip>(count);
        for (var i = 0; i < count; i++)
        {
            var definition = Factors.All[found[3 * i]];
            var level = definition.Levels[found[3 * i + 1]];
            flips.Add(new Flip(definition.Factor, level.Id, level.Label, (EngagementModel)found[3 * i + 2]));
        }
        return flips;
    }

    /// <summary>How many other answers the flip analysis can try at most: every level but the given one, for every factor.</summary>
    private static readonly int AlternativeCount = Factors.All.Sum(definition => definition.Levels.Count - 1);

    /// <summary>
    /// The nearest duration or budget that changes the winner. Scores depend on these numbers only
    /// through their bands, so it is enough to try the nearest value inside each other band.
    /// </summary>
    public static NumericFlip? SmallestNumericFlip(Answers answers, WeightSet weights, EngagementModel winner, Factor factor)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        long current = factor == Factor.Duration ? answers.DurationMonths : answers.BudgetUsd;
        var bands = factor == Factor.Duration ? DurationBands : BudgetBands;
        Span<int> levels = stackalloc int[Factors.Count];
        Scorer.LevelsOf(answers, levels);
        Span<double> penalties = stackalloc double[EngagementModels.Count];
        Span<bool> excluded = stackalloc bool[EngagementModels.Count];
        NumericFlip? best = null;
        for (var band = 0; band < bands.Length; band++)
        {
            var (min, max) = bands[band];
            if (current >= min && current <= max) continue;
            var nearest = current < min ? min : max;
            // Band i is level i of the factor, and the score sees the number only through its level, so the
            // winner for `nearest` is the winner with that level (knock-outs re-evaluated, as for the flips).
            levels[(int)factor] = band;
            Scorer.KnockOutEffects(levels, weights, penalties, excluded);
            var newWinner = Scorer.Winner(levels, weights, default, penalties, excluded);
            if (newWinner == winner) continue;
            if (best is null || Math.Abs(nearest - current) < Math.Abs(best.To - current)) best = new NumericFlip(factor, current, nearest, newWinner);
        }
        return best;
    }

    // The bands of Factors.DurationLevel and Factors.BudgetLevel, in level order, within the accepted range.
    private static readonly (long Min, long Max)[] DurationBands =
        [(Answers.MinDurationMonths, Factors.OngoingFromMonths - 1), (Factors.OngoingFromMonths, Factors.LongFromMonths - 1), (Factors.LongFromMonths, Answers.MaxDurationMonths)];

    private static readonly (long Min, long Max)[] BudgetBands =
        [(Answers.MinBudgetUsd, Factors.MediumBudgetFromUsd - 1), (Factors.MediumBudgetFromUsd, Factors.LargeBudgetFromUsd - 1), (Factors.LargeBudgetFromUsd, Answers.MaxBudgetUsd)];

    /// <summary>How often the winner stays first when every importance is jittered uniformly by ±<paramref name="jitter"/>.</summary>
    public static int CountMonteCarloWins(Answers answers, WeightSet weights, EngagementModel winner, int runs, double jitter, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        if (runs <= 0) return 0; // no runs, no wins: Advisor.Advise(…, monteCarloRuns: 0) skips the share
        Span<int> levels = stackalloc int[Factors.Count];
        Scorer.LevelsOf(answers, levels);
        Span<double> penalties = stackalloc double[EngagementModels.Count];
        Span<bool> excluded = stackalloc bool[EngagementModels.Count];
        Scorer.KnockOutEffects(levels, weights, penalties, excluded);
        Span<double> importance = stackalloc double[Factors.Count];
        var random = new SeededRandom(seed);
        var wins = 0;
        for (var run = 0; run < runs; run++)
        {
            for (var f = 0; f < Factors.Count; f++)
            {
                importance[f] = weights.Importance((Factor)f) * (1 + jitter * (2 * random.NextDouble() - 1));
            }
            if (Scorer.Winner(levels, weights, importance, penalties, excluded) == winner) wins++;
        }
        return wins;
    }

    private const int SeparatorCount = 3;

    private const string TeamExtensionNote =
        "Outstaffing and staff augmentation are the same arrangement under two names — engineers employed by a vendor, directed by you. What separates them is scale and pace: augmentation suits one or two specialists needed fast for a spike or a skill gap; outstaffing suits a longer-lived team.";

    private static readonly IReadOnlyList<string> TeamExtensionFacts = ["F40", "F43", "F84", "F36"];

    private static CloseCall DescribeCloseCall(Recommendation recommendation, double margin)
    {
        var first = recommendation.Ranking[0].Model;
        var second = recommendation.Ranking[1].Model;
        // The three largest non-zero differences by size, then factor order (contributions come in factor order).
        var contributions = recommendation.Contributions;
        Span<int> picked = stackalloc int[SeparatorCount];
        Span<double> points = stackalloc double[SeparatorCount];
        var taken = 0;
        for (var i = 0; i < contributions.Count; i++)
        {
            var c = contributions[i];
            var difference = Math.Round(c.For(first) - c.For(second), 1, MidpointRounding.AwayFromZero);
            if (difference == 0) continue;
            var at = taken;
            while (at > 0 && Math.Abs(difference) > Math.Abs(points[at - 1])) at--;
            if (at >= SeparatorCount) continue;
            for (var k = Math.Min(taken, SeparatorCount - 1); k > at; k--)
            {
                picked[k] = picked[k - 1];
                points[k] = points[k - 1];
            }
            picked[at] = i;
            points[at] = difference;
            if (taken < SeparatorCount) taken++;
        }
        var separators = taken == 0 ? [] : new Separator[taken];
        for (var k = 0; k < taken; k++)
        {
            var c = contributions[picked[k]];
            separators[k] = new Separator(c.Factor, c.Level, points[k]);
        }
        var teamExtensionPair = (first, second) is (EngagementModel.Outstaffing, EngagementModel.StaffAugmentation) or (EngagementModel.StaffAugmentation, EngagementModel.Outstaffing);
        return new CloseCall(first, second, margin, separators,
            teamExtensionPair ? TeamExtensionNote : null,
            teamExtensionPair ? TeamExtensionFacts : []);
    }
}
