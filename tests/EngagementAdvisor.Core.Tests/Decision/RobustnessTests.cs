using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

public sealed class RobustnessTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static Answers WithLevel(Answers answers, Factor factor, int level) => factor switch
    {
        Factor.Control => answers with { Control = (ControlLevel)level },
        Factor.ScopeStability => answers with { ScopeStability = (ScopeStability)level },
        Factor.InHousePm => answers with { InHousePm = (InHousePm)level },
        Factor.Duration => answers with { DurationMonths = new[] { 3, 12, 36 }[level] },
        Factor.Budget => answers with { BudgetUsd = new[] { 20_000L, 200_000L, 2_000_000L }[level] },
        Factor.TeamSize => answers with { TeamSize = new[] { 1, 5, 20 }[level] },
        Factor.StartUrgency => answers with { StartUrgency = (StartUrgency)level },
        Factor.DataSensitivity => answers with { DataSensitivity = (DataSensitivity)level },
        Factor.NicheExpertise => answers with { NicheExpertise = level == 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };

    [Fact]
    public void The_flip_list_matches_rescoring_every_other_answer_by_brute_force() =>
        AnswersGen.ForAll(answers =>
        {
            var winner = Scorer.Score(answers, Defaults).Recommended;
            var expected = new HashSet<(Factor, string, EngagementModel)>();
            foreach (var definition in Factors.All)
            {
                var current = answers.LevelOf(definition.Factor);
                if (current < 0) continue;
                for (var level = 0; level < definition.Levels.Count; level++)
                {
                    if (level == current) continue;
                    var other = Scorer.Score(WithLevel(answers, definition.Factor, level), Defaults).Recommended;
                    if (other != winner) expected.Add((definition.Factor, definition.Levels[level].Id, other));
                }
            }

            var flips = Robustness.FindFlips(answers, Defaults, winner).Select(f => (f.Factor, f.Level, f.NewWinner)).ToHashSet();

            Assert.Equal(expected, flips);
        }, runs: 150);

    [Fact]
    public void The_smallest_duration_change_matches_trying_every_month() =>
        AnswersGen.ForAll(answers =>
        {
            var winner = Scorer.Score(answers, Defaults).Recommended;
            int? best = null;
            for (var months = Answers.MinDurationMonths; months <= Answers.MaxDurationMonths; months++)
            {
                if (Scorer.Score(answers with { DurationMonths = months }, Defaults).Recommended == winner) continue;
                if (best is null || Math.Abs(months - answers.DurationMonths) < Math.Abs(best.Value - answers.DurationMonths)) best = months;
            }

            var flip = Robustness.SmallestNumericFlip(answers, Defaults, winner, Factor.Duration);

            Assert.Equal(best is null, flip is null);
            if (flip is not null) Assert.Equal(Math.Abs(best!.Value - answers.DurationMonths), Math.Abs(flip.To - answers.DurationMonths));
        }, runs: 100);

    [Fact]
    public void No_budget_closer_than_the_reported_one_changes_the_winner()
    {
        // Budget matters only through its bands; scan a fine grid around the answer to confirm.
        AnswersGen.ForAll(answers =>
        {
            var winner = Scorer.Score(answers, Defaults).Recommended;
            var flip = Robustness.SmallestNumericFlip(answers, Defaults, winner, Factor.Budget);
            var limit = flip is null ? long.MaxValue : Math.Abs(flip.To - answers.BudgetUsd);
            foreach (var candidate in new[] { 1_000L, 10_000L, 49_999L, 50_000L, 100_000L, 499_999L, 500_000L, 5_000_000L, 100_000_000L })
            {
                if (Math.Abs(candidate - answers.BudgetUsd) >= limit) continue;
                Assert.Equal(winner, Scorer.Score(answers with { BudgetUsd = candidate }, Defaults).Recommended);
            }
            if (flip is not null) Assert.NotEqual(winner, Scorer.Score(answers with { BudgetUsd = flip.To }, Defaults).Recommended);
        }, runs: 100);
    }

    [Fact]
    public void The_monte_carlo_share_is_reproducible_for_the_same_answers()
    {
        var answers = new Answers { Control = ControlLevel.High, ScopeStability = ScopeStability.Evolving, InHousePm = InHousePm.Strong, DurationMonths = 18, BudgetUsd = 400_000 };
        var recommendation = Scorer.Score(answers, Defaults);

        var first = Robustness.Analyse(answers, Defaults, recommendation);
        var second = Robustness.Analyse(answers with { }, Defaults, recommendation);

        Assert.Equal(first.MonteCarloWins, second.MonteCarloWins);
        Assert.Equal(1_000, first.MonteCarloRuns);
        Assert.InRange(first.WinShare, 0.5, 1.0);
    }

    [Fact]
    public void Without_jitter_the_winner_wins_every_run() =>
        AnswersGen.ForAll(answers =>
        {
            var winner = Scorer.Score(answers, Defaults).Recommended;
            Assert.Equal(50, Robustness.CountMonteCarloWins(answers, Defaults, winner, 50, jitter: 0, seed: 7));
        }, runs: 50);

    [Fact]
    public void A_narrow_margin_between_outstaffing_and_staff_augmentation_is_explained_as_a_close_call()
    {
        // Find questionnaires where the two team-extension models finish first and second, a few points apart.
        var close = (
            from months in new[] { 3, 8, 24 }
            from team in new int?[] { 1, 3, 12 }
            from urgency in new StartUrgency?[] { StartUrgency.Asap, StartUrgency.Soon, null }
            from scope in new[] { ScopeStability.Evolving, ScopeStability.Volatile }
            let answers = new Answers { Control = ControlLevel.High, ScopeStability = scope, InHousePm = InHousePm.Strong, DurationMonths = months, BudgetUsd = 200_000, TeamSize = team, StartUrgency = urgency }
            let recommendation = Scorer.Score(answers, Defaults)
            where recommendation.Ranking[0].Score - recommendation.Ranking[1].Score < Robustness.CloseCallMargin
                && new[] { recommendation.Recommended, recommendation.RunnerUp }.Order().SequenceEqual(new[] { EngagementModel.Outstaffing, EngagementModel.StaffAugmentation })
            select (answers, recommendation)).ToList();
        Assert.NotEmpty(close);

        foreach (var (answers, recommendation) in close)
        {
            var robustness = Robustness.Analyse(answers, Defaults, recommendation);

            var call = Assert.IsType<CloseCall>(robustness.CloseCall);
            Assert.Contains("F40", call.Facts);
            Assert.Contains("same arrangement", call.Note, StringComparison.Ordinal);
            Assert.All(call.Separators, s => Assert.NotEqual(0, s.Points));
        }
    }

    [Fact]
    public void A_clear_winner_is_not_a_close_call()
    {
        var answers = new Answers { Control = ControlLevel.Low, ScopeStability = ScopeStability.Stable, InHousePm = InHousePm.None, DurationMonths = 4, BudgetUsd = 60_000 };

        var robustness = Robustness.Analyse(answers, Defaults, Scorer.Score(answers, Defaults));

        Assert.Null(robustness.CloseCall);
        Assert.Equal(1_000, robustness.MonteCarloWins);
    }
}
