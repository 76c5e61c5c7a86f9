using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

public sealed class RobustnessTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    // A value inside each level's band, not its first: the flips must not depend on where in a band the number is.
    private static Answers WithLevel(Answers answers, Question question, int level) => question.Id switch
    {
        "duration" => answers.With(question, new[] { 3, 12, 36 }[level]),
        "budget" => answers.With(question, new[] { 20_000L, 200_000L, 2_000_000L }[level]),
        "team-size" => answers.With(question, new[] { 1, 5, 20 }[level]),
        _ => answers.With(question, question.Options[level].Id),
    };

    [Fact]
    public void The_flip_list_matches_rescoring_every_other_answer_by_brute_force() =>
        AnswersGen.ForAll(answers =>
        {
            var winner = Scorer.Score(answers, Defaults).Recommended;
            var expected = new HashSet<(string, string, EngagementModel)>();
            foreach (var question in Questionnaire.Default.Scored)
            {
                var current = answers.LevelOf(question);
                if (current < 0) continue;
                for (var level = 0; level < question.Levels.Count; level++)
                {
                    if (level == current) continue;
                    var other = Scorer.Score(WithLevel(answers, question, level), Defaults).Recommended;
                    if (other != winner) expected.Add((question.Id, question.Levels[level].Id, other));
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
            long? best = null;
            for (var months = Questionnaire.Duration.Min; months <= Questionnaire.Duration.Max; months++)
            {
                if (Scorer.Score(answers.With(Questionnaire.Duration, months), Defaults).Recommended == winner) continue;
                if (best is null || Math.Abs(months - answers.DurationMonths) < Math.Abs(best.Value - answers.DurationMonths)) best = months;
            }

            var flip = Robustness.SmallestNumericFlip(answers, Defaults, winner, Questionnaire.Duration);

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
            var flip = Robustness.SmallestNumericFlip(answers, Defaults, winner, Questionnaire.Budget);
            var limit = flip is null ? long.MaxValue : Math.Abs(flip.To - answers.BudgetUsd);
            foreach (var candidate in new[] { 1_000L, 10_000L, 49_999L, 50_000L, 100_000L, 499_999L, 500_000L, 5_000_000L, 100_000_000L })
            {
                if (Math.Abs(candidate - answers.BudgetUsd) >= limit) continue;
                Assert.Equal(winner, Scorer.Score(answers.With(Questionnaire.Budget, candidate), Defaults).Recommended);
            }
            if (flip is not null) Assert.NotEqual(winner, Scorer.Score(answers.With(Questionnaire.Budget, flip.To), Defaults).Recommended);
        }, runs: 100);
    }

    [Fact]
    public void The_monte_carlo_share_is_reproducible_for_the_same_answers()
    {
        var answers = TestAnswers.Of("high", "evolving", "strong", 18, 400_000);
        var recommendation = Scorer.Score(answers, Defaults);

        var first = Robustness.Analyse(answers, Defaults, recommendation);
        var second = Robustness.Analyse(answers.With(Questionnaire.Label, "again"), Defaults, recommendation);

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
            from urgency in new string?[] { "asap", "soon", null }
            from scope in new[] { "evolving", "volatile" }
            let answers = TestAnswers.Of("high", scope, "strong", months, 200_000, team: team, urgency: urgency)
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
        var answers = TestAnswers.Of("low", "stable", "none", 4, 60_000);

        var robustness = Robustness.Analyse(answers, Defaults, Scorer.Score(answers, Defaults));

        Assert.Null(robustness.CloseCall);
        Assert.Equal(1_000, robustness.MonteCarloWins);
    }
}
