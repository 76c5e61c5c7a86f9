using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Questions;

/// <summary>The question table: one definition per question, from which levels, ranges and messages follow.</summary>
public sealed class QuestionModelTests
{
    [Fact]
    public void The_questionnaire_asks_five_required_questions_then_the_refinements_and_the_label()
    {
        Assert.Equal(["control", "scopeStability", "inHousePm", "durationMonths", "budgetUsd"], Questionnaire.Default.All.Where(q => q.Required).Select(q => q.Field));
        Assert.Equal(
            ["teamSize", "workload", "startUrgency", "teamLocation", "dataSensitivity", "dataResidency", "nicheExpertise", "label", "preparedBy", "note"],
            Questionnaire.Default.All.Where(q => !q.Required).Select(q => q.Field));
        Assert.DoesNotContain(Questionnaire.Label, Questionnaire.Default.Scored);
        Assert.DoesNotContain(Questionnaire.PreparedBy, Questionnaire.Default.Scored);
        Assert.DoesNotContain(Questionnaire.Note, Questionnaire.Default.Scored);
    }

    [Theory]
    [InlineData(1, 1.0, 0.0, 0.0)]
    [InlineData(3, 1.0, 0.0, 0.0)]
    [InlineData(6, 0.5, 0.5, 0.0)]      // F36's six months: half-way from short work to ongoing work
    [InlineData(9, 0.0, 1.0, 0.0)]
    [InlineData(12, 0.0, 0.8, 0.2)]
    [InlineData(24, 0.0, 0.0, 1.0)]
    [InlineData(120, 0.0, 0.0, 1.0)]
    public void A_number_belongs_to_the_two_levels_it_lies_between_in_proportion(long months, double shortShare, double ongoingShare, double longShare)
    {
        var shares = Questionnaire.Duration.Memberships(months);

        Assert.Equal(shortShare, shares[0], 9);
        Assert.Equal(ongoingShare, shares[1], 9);
        Assert.Equal(longShare, shares[2], 9);
    }

    [Fact]
    public void Memberships_of_every_number_question_add_up_to_one_and_change_by_little_for_one_more_unit()
    {
        foreach (var question in Questionnaire.Default.All.Where(q => q.Kind == QuestionKind.WholeNumber))
        {
            var values = Enumerable.Range(0, 400).Select(i => (long)Math.Round(question.Min * Math.Pow((double)question.Max / question.Min, i / 399.0))).Distinct();
            foreach (var value in values)
            {
                var shares = question.Memberships(value, 12);
                Assert.Equal(1, shares.Sum(), 9);
                Assert.All(shares, share => Assert.InRange(share, 0, 1));
                if (value == question.Max) continue;
                var next = question.Memberships(value + 1, 12);
                // One more month, person or dollar moves any level's share by at most a quarter (the second person of
                // the four between one specialist and a team of five); the score moves by far less (ScoringPropertyTests).
                Assert.All(shares.Zip(next), pair => Assert.InRange(Math.Abs(pair.First - pair.Second), 0, 0.25 + 1e-9));
            }
        }
    }

    [Theory]
    // $96,000 is mostly mid-sized as a total ($25,000 → $150,000 by ratio) but only $8,000 a month over a year
    // (small): the mean of the two readings. Over one month it is a large monthly spend.
    [InlineData(96_000L, 12, 0.6245, 0.3755, 0.0)]
    [InlineData(96_000L, 1, 0.1245, 0.5443, 0.3312)]
    [InlineData(300_000L, 36, 0.4873, 0.3300, 0.1827)]
    public void A_budget_is_judged_in_total_and_per_month_of_the_duration(long budget, int months, double small, double medium, double large)
    {
        var shares = Questionnaire.Budget.Memberships(budget, months);

        Assert.Equal(small, shares[0], 0.001);
        Assert.Equal(medium, shares[1], 0.001);
        Assert.Equal(large, shares[2], 0.001);
    }

    [Fact]
    public void The_same_total_over_a_longer_time_reads_as_a_smaller_budget()
    {
        var overThreeMonths = Questionnaire.Budget.Memberships(300_000, 3);
        var overThreeYears = Questionnaire.Budget.Memberships(300_000, 36);

        Assert.True(overThreeYears[0] > overThreeMonths[0]);
        Assert.True(overThreeYears[2] < overThreeMonths[2]);
    }

    [Fact]
    public void Level_numbers_rise_strictly_so_the_levels_run_from_the_lowest()
    {
        foreach (var question in Questionnaire.Default.All.Where(q => q.Kind == QuestionKind.WholeNumber))
        {
            foreach (var bands in new[] { question.Bands, question.PerMonthBands }.Where(b => b.Count > 0))
            {
                Assert.Equal(question.Levels.Select(l => l.Id), bands.Select(b => b.Id));
                for (var i = 1; i < bands.Count; i++) Assert.True(bands[i].At > bands[i - 1].At, $"{question.Id} {bands[i].Id}");
                Assert.InRange(bands[0].At, question.Min, question.Max);
                Assert.InRange(bands[^1].At, question.Min, question.Max);
            }
        }
    }

    [Fact]
    public void Messages_state_the_limits_from_the_definition()
    {
        Assert.Equal("Control must be one of: low, medium, high.", Questionnaire.Control.NotAnOptionMessage);
        Assert.Equal("Niche expertise must be yes or no.", Questionnaire.NicheExpertise.NotAnOptionMessage);
        Assert.Equal("Budget must be a whole number of US dollars from 1,000 to 100,000,000.", Questionnaire.Budget.OutOfRangeMessage);
        Assert.Equal("The duration must be a whole number, without decimals or letters.", Questionnaire.Duration.NotWholeMessage);
        Assert.Equal("The label can be at most 120 characters.", Questionnaire.Label.TooLongMessage);
        Assert.Contains("from $1,000 to $100,000,000", Questionnaire.Budget.Hint, StringComparison.Ordinal);
        Assert.Contains("from 1 to 120 months", Questionnaire.Duration.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_refuse_what_the_questions_do_not_accept()
    {
        var valid = new Dictionary<string, string?> { ["control"] = "low", ["scope-stability"] = "stable", ["in-house-pm"] = "none", ["duration"] = "4", ["budget"] = "60000" };
        Assert.NotNull(Answers.Of(Questionnaire.Default, valid));

        Assert.Throws<ArgumentException>(() => Answers.Of(Questionnaire.Default, new Dictionary<string, string?>(valid) { ["control"] = "LOW" }));
        Assert.Throws<ArgumentException>(() => Answers.Of(Questionnaire.Default, new Dictionary<string, string?>(valid) { ["duration"] = "121" }));
        Assert.Throws<ArgumentException>(() => Answers.Of(Questionnaire.Default, new Dictionary<string, string?>(valid) { ["duration"] = "04" }));
        Assert.Throws<ArgumentException>(() => Answers.Of(Questionnaire.Default, new Dictionary<string, string?>(valid) { ["colour"] = "red" }));
        Assert.Throws<ArgumentException>(() => Answers.Of(Questionnaire.Default, new Dictionary<string, string?>(valid) { ["budget"] = null }));
    }

    [Fact]
    public void An_answer_reads_back_as_its_giver_wrote_it()
    {
        var answers = TestAnswers.Of("high", "evolving", "strong", 1, 60_000, team: 1, niche: false);

        Assert.Equal("High — they work in my process, I direct them daily", answers.Describe(Questionnaire.Control));
        Assert.Equal("1 month", answers.Describe(Questionnaire.Duration));
        Assert.Equal("$60,000", answers.Describe(Questionnaire.Budget));
        Assert.Equal("1 engineer", answers.Describe(Questionnaire.TeamSize));
        Assert.Equal("No", answers.Describe(Questionnaire.NicheExpertise));
        Assert.Equal("Not answered", answers.Describe(Questionnaire.StartUrgency));
    }

    [Fact]
    public void A_question_added_to_the_table_is_scored_flipped_and_explained_like_the_others()
    {
        var extra = new Question
        {
            Id = "delivery-history", Field = "deliveryHistory", Kind = QuestionKind.Choice,
            Name = "Experience with external teams", Noun = "delivery history",
            Text = "Have you worked with an external engineering team before?", HintTemplate = "Optional.",
            Options = [new("never", "Never"), new("once", "Once"), new("often", "Often")],
        };
        var questionnaire = new Questionnaire([.. Questionnaire.Default.All, extra]);
        var defaults = DefaultWeights.Create();
        var weights = new WeightSet(
            [.. defaults.Factors, new FactorWeight("delivery-history", 10, [new("never", 2, -2, -2, -2), new("once", 0, 0, 0, 0), new("often", -2, 2, 2, 2)])],
            defaults.KnockOuts, defaults.Costs);
        var answers = Answers.Of(questionnaire, new Dictionary<string, string?>
        {
            ["control"] = "medium", ["scope-stability"] = "evolving", ["in-house-pm"] = "partial", ["duration"] = "12", ["budget"] = "300000",
            ["delivery-history"] = "often",
        });

        var recommendation = Scorer.Score(answers, weights);
        var never = Scorer.Score(answers.With(extra, "never"), weights);
        var flips = Core.Decision.Robustness.FindFlips(answers, weights, recommendation.Recommended);

        var contribution = Assert.Single(never.Contributions, c => c.Factor == "delivery-history");
        Assert.True(contribution.For(EngagementModel.Outsourcing) > 0);
        Assert.True(recommendation.ScoreOf(EngagementModel.Outstaffing) > never.ScoreOf(EngagementModel.Outstaffing));
        Assert.Equal(EngagementModel.Outsourcing, never.Recommended);
        Assert.Contains(flips, f => f.Factor == "delivery-history" && f.Level == "never" && f.NewWinner == EngagementModel.Outsourcing);
        // Until its sentences are written (ReasonTexts), a reason reads as the question's name and the answer.
        Assert.Equal("Experience with external teams: Never.", ReasonTexts.For(extra, "never").Text);
    }
}
