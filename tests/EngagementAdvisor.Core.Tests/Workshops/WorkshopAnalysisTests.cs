using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Core.Workshops;

namespace EngagementAdvisor.Core.Tests.Workshops;

public sealed class WorkshopAnalysisTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    // A CTO who wants control, a CFO who wants a fixed scope handed over, a product lead in between.
    private static readonly Participant Cto = new("CTO", TestAnswers.Of("high", "volatile", "strong", 24, 900_000, team: 6, location: "nearshore"));
    private static readonly Participant Cfo = new("CFO", TestAnswers.Of("low", "stable", "strong", 6, 150_000, location: "any"));
    private static readonly Participant Lead = new("Product lead", TestAnswers.Of("medium", "evolving", "partial", 12, 400_000, team: 4));

    [Fact]
    public void The_group_s_answers_are_each_question_s_median_by_hand()
    {
        var group = GroupAnswers.Aggregate(Questionnaire.Default, [Cto.Answers, Cfo.Answers, Lead.Answers]);

        // Choices in option order: control low < medium < high → medium; scope stable < evolving < volatile → evolving;
        // PM none < partial < strong: partial, strong, strong → strong. Numbers: 6, 12, 24 → 12; $150k, $400k, $900k →
        // $400k. Team size answered by two (6 and 4): the mean of the two middle ones, 5. Location: nearshore, any →
        // the lower middle of two in option order (onshore, nearshore, offshore, any) → nearshore.
        var expected = TestAnswers.Of("medium", "evolving", "strong", 12, 400_000, team: 5, location: "nearshore");
        foreach (var question in Questionnaire.Default.Scored) Assert.Equal(expected[question], group[question]);
    }

    [Fact]
    public void A_settled_fact_is_used_as_entered_whatever_people_said()
    {
        var group = GroupAnswers.Aggregate(Questionnaire.Default, [Cto.Answers, Cfo.Answers, Lead.Answers],
            new Dictionary<string, string> { ["budget"] = "250000", ["duration"] = "18" });

        Assert.Equal(250_000, group.BudgetUsd);
        Assert.Equal(18, group.DurationMonths);
    }

    [Fact]
    public void A_settled_fact_counts_in_each_person_s_own_result_too()
    {
        var settled = new Dictionary<string, string> { ["budget"] = "400000" };
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto, Cfo, Lead], settled);

        // The CTO said $150,000 and the CFO $900,000; once $400,000 is agreed, each is scored with it.
        var byHand = new[] { Cto, Cfo, Lead }.Select(p => Scorer.Score(p.Answers.With(Questionnaire.Budget, 400_000), Defaults).Recommended).ToList();
        Assert.Equal(byHand, analysis.People.Select(r => r.Recommended));
        Assert.Equal(Consensus.Of(byHand), analysis.Consensus);
        // What people said stays as they said it.
        Assert.Equal(["150000", "400000", "900000"], analysis.Spreads.Single(s => s.Question == Questionnaire.Budget).Given);
    }

    [Theory]
    [InlineData(new[] { 3, 0 }, 1, "everyone agrees")]
    [InlineData(new[] { 2, 1 }, 2, "most agree (2 of 3)")]
    [InlineData(new[] { 1, 1, 1 }, 3, "everyone differs")]
    [InlineData(new[] { 2, 2, 0 }, 2, "split, no majority")]
    [InlineData(new[] { 0, 0 }, 0, "nobody answered")]
    public void A_spread_in_words_from_its_counts(int[] counts, int given, string words)
    {
        var spread = new AnswerSpread(Questionnaire.Control, counts, counts.Sum(), Disagreement.Of(counts), [.. Enumerable.Range(0, given).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], [.. Enumerable.Repeat(1, given)]);
        Assert.Equal(words, spread.DisagreementWords);
    }

    [Fact]
    public void Facts_and_preferences_are_told_apart_and_an_open_fact_is_a_gap_to_settle()
    {
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto, Cfo, Lead]);

        var budget = analysis.Spreads.Single(s => s.Question == Questionnaire.Budget);
        var control = analysis.Spreads.Single(s => s.Question == Questionnaire.Control);
        Assert.Equal(AnswerNature.Fact, budget.Question.Nature);
        Assert.Equal(AnswerNature.Preference, control.Question.Nature);
        Assert.True(budget.IsOpenFact);
        Assert.Equal(["150000", "400000", "900000"], budget.Given);
        Assert.False(control.IsOpenFact);
        // Control: one answer on each of three levels, the most disagreement there can be.
        Assert.Equal([1, 1, 1], control.Counts);
        Assert.Equal(1, control.Disagreement, 12);
        Assert.Equal("everyone differs", control.DisagreementWords);
        // Team size answered by two of three.
        Assert.Equal(2, analysis.Spreads.Single(s => s.Question == Questionnaire.TeamSize).Answered);
    }

    [Fact]
    public void The_result_is_computed_both_ways_and_the_mean_is_each_model_s_average_score()
    {
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto, Cfo, Lead]);

        var people = new[] { Cto, Cfo, Lead }.Select(p => Scorer.Score(p.Answers, Defaults)).ToList();
        Assert.Equal(Scorer.Score(TestAnswers.Of("medium", "evolving", "strong", 12, 400_000, team: 5, location: "nearshore"), Defaults).Recommended,
            analysis.FromGroupAnswers.Recommended);
        foreach (var model in EngagementModels.All)
        {
            var byHand = people.Sum(r => r.Ranking.Single(s => s.Model == model).Score) / 3;
            Assert.Equal(byHand, analysis.MeanOfPeople.Single(s => s.Model == model).Score, 9);
        }
        Assert.Equal(analysis.MeanOfPeople.MaxBy(s => s.Score)!.Model, analysis.MeanWinner);
        Assert.Equal(analysis.FromGroupAnswers.Recommended == analysis.MeanWinner, analysis.WaysAgree);
        Assert.Equal(Consensus.Of(people.Select(r => r.Recommended)), analysis.Consensus);
    }

    [Fact]
    public void Whose_answers_decide_each_person_s_absence_is_the_group_of_the_other_two()
    {
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto, Cfo, Lead]);

        foreach (var (person, others) in new[] { (Cto, new[] { Cfo, Lead }), (Cfo, [Cto, Lead]), (Lead, [Cto, Cfo]) })
        {
            var without = Scorer.Score(GroupAnswers.Aggregate(Questionnaire.Default, [.. others.Select(o => o.Answers)]), Defaults).Recommended;
            var influence = analysis.Influence.Single(i => i.Name == person.Name);
            Assert.Equal(without, influence.WinnerWithout);
            Assert.Equal(without != analysis.FromGroupAnswers.Recommended, influence.Decides);
        }
    }

    [Fact]
    public void A_preference_decides_when_the_group_agreeing_with_either_side_changes_the_winner()
    {
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto, Cfo, Lead]);

        var control = analysis.Preferences.Single(p => p.Question == Questionnaire.Control);
        Assert.Equal(("low", "high"), (control.LowAnswer, control.HighAnswer));
        var low = Scorer.Score(analysis.GroupAnswers.With(Questionnaire.Control, "low"), Defaults).Recommended;
        var high = Scorer.Score(analysis.GroupAnswers.With(Questionnaire.Control, "high"), Defaults).Recommended;
        Assert.Equal((low, high), (control.LowWinner, control.HighWinner));
        Assert.Equal(low != analysis.FromGroupAnswers.Recommended || high != analysis.FromGroupAnswers.Recommended, control.Decides);
        // Facts are settled, not weighed as sides; a preference everyone shares has no sides.
        Assert.DoesNotContain(analysis.Preferences, p => p.Question.Nature == AnswerNature.Fact);
        Assert.DoesNotContain(analysis.Preferences, p => p.Question == Questionnaire.DataSensitivity);
    }

    [Fact]
    public void The_handover_minded_group_recommends_outsourcing_and_the_control_minded_one_does_not()
    {
        // A consultant's sanity check on the aggregation: three people who all want a scoped project handed over get
        // outsourcing; add two who want their own team directed daily and the group's answers move with them.
        var handover = Enumerable.Range(1, 3).Select(i => new Participant($"P{i}", TestAnswers.Of("low", "stable", "none", 4, 60_000))).ToList();
        var direct = Enumerable.Range(4, 2).Select(i => new Participant($"P{i}", TestAnswers.Of("high", "volatile", "strong", 24, 900_000, team: 6))).ToList();

        Assert.Equal(EngagementModel.Outsourcing, WorkshopAnalysis.Of(Questionnaire.Default, Defaults, handover).FromGroupAnswers.Recommended);
        Assert.Equal("very high", WorkshopAnalysis.Of(Questionnaire.Default, Defaults, handover).Consensus.Words);
        var mixed = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [.. handover, .. direct]);
        Assert.Equal(EngagementModel.Outsourcing, mixed.FromGroupAnswers.Recommended);
        Assert.Contains(mixed.Influence, i => !i.Decides);
    }

    [Fact]
    public void One_participant_has_no_one_whose_absence_could_change_anything()
    {
        var analysis = WorkshopAnalysis.Of(Questionnaire.Default, Defaults, [Cto]);

        Assert.Empty(analysis.Influence);
        Assert.Empty(analysis.Preferences);
        Assert.Equal(Scorer.Score(Cto.Answers, Defaults).Recommended, analysis.FromGroupAnswers.Recommended);
        Assert.Throws<ArgumentException>(() => WorkshopAnalysis.Of(Questionnaire.Default, Defaults, []));
    }
}
