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
        Assert.Equal(["teamSize", "startUrgency", "dataSensitivity", "nicheExpertise", "label"], Questionnaire.Default.All.Where(q => !q.Required).Select(q => q.Field));
        Assert.DoesNotContain(Questionnaire.Label, Questionnaire.Default.Scored);
    }

    [Theory]
    [InlineData(1, "short")]
    [InlineData(5, "short")]
    [InlineData(6, "ongoing")]
    [InlineData(17, "ongoing")]
    [InlineData(18, "long")]
    [InlineData(120, "long")]
    public void A_number_is_scored_by_the_band_it_falls_into(long months, string band) =>
        Assert.Equal(band, Questionnaire.Duration.Levels[Questionnaire.Duration.BandOf(months)].Id);

    [Fact]
    public void Bands_cover_the_whole_range_without_gaps_or_overlaps()
    {
        foreach (var question in Questionnaire.Default.All.Where(q => q.Kind == QuestionKind.WholeNumber))
        {
            Assert.Equal(question.Min, question.BandRange(0).Min);
            Assert.Equal(question.Max, question.BandRange(question.Bands.Count - 1).Max);
            for (var band = 1; band < question.Bands.Count; band++) Assert.Equal(question.BandRange(band - 1).Max + 1, question.BandRange(band).Min);
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
