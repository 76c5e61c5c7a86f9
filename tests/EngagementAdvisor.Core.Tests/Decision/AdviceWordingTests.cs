using System.Text.Json;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>
/// Issue 21, point 3: a stored result keeps its ids and figures, and its words come back from them when shown,
/// the same words as before, whatever was changed since.
/// </summary>
public sealed class AdviceWordingTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static string Json(Advice advice) => JsonSerializer.Serialize(advice);

    [Fact]
    public void A_fresh_advice_is_stored_without_a_single_text_and_reads_back_exactly_as_it_was_computed() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            var stripped = AdviceWording.Strip(advice, answers, Defaults);

            Assert.All(stripped.Recommendation.ReasonsFor.Concat(stripped.Recommendation.ReasonsAgainst), r => Assert.Null(r.Text));
            Assert.All(stripped.Recommendation.ReasonsFor.Concat(stripped.Recommendation.ReasonsAgainst), r => Assert.Null(r.Facts));
            Assert.All(stripped.Recommendation.KnockOuts, k => Assert.Null(k.Reason));
            Assert.All(stripped.Robustness.Flips, f => Assert.Null(f.LevelLabel));
            Assert.All(stripped.Robustness.NearThresholds, n => Assert.Null(n.Text));
            Assert.Null(stripped.Robustness.SameArrangement?.Note);
            if (stripped.Robustness.SameArrangement is not null) Assert.Null(stripped.Robustness.CloseCall?.Note);
            Assert.All(stripped.Tensions, t => Assert.Null(t.Text));
            Assert.Null(stripped.PracticalForm?.Text);
            Assert.All(stripped.Costs.Models.SelectMany(m => m.Lines), l => Assert.Null(l.Label));

            Assert.Equal(Json(advice), Json(AdviceWording.Complete(stripped, answers, Defaults)));
        }, runs: 400);

    [Fact]
    public void Words_that_the_ids_no_longer_give_are_kept_as_stored_and_shown_as_before()
    {
        // A result stored before some wording changed: each changed text must survive stripping as it was.
        var answers = TestAnswers.Of("high", "evolving", "none", 12, 300_000, team: 4);
        var advice = Advisor.Advise(answers, Defaults);
        Assert.NotEmpty(advice.Tensions);
        var older = advice with
        {
            Recommendation = advice.Recommendation with
            {
                ReasonsFor = [advice.Recommendation.ReasonsFor[0] with { Text = "An older wording of this reason." }, .. advice.Recommendation.ReasonsFor.Skip(1)],
            },
            Tensions = [advice.Tensions[0] with { Text = "An older wording of this tension.", Facts = ["F1"] }, .. advice.Tensions.Skip(1)],
            Costs = advice.Costs with
            {
                Models = [advice.Costs.Models[0] with { Lines = [advice.Costs.Models[0].Lines[0] with { Label = "An older label" }, .. advice.Costs.Models[0].Lines.Skip(1)] },
                    .. advice.Costs.Models.Skip(1)],
            },
        };

        var stripped = AdviceWording.Strip(older, answers, Defaults);

        Assert.Equal("An older wording of this reason.", stripped.Recommendation.ReasonsFor[0].Text);
        Assert.Equal("An older wording of this tension.", stripped.Tensions[0].Text);
        Assert.Equal(["F1"], stripped.Tensions[0].Facts);
        Assert.Equal("An older label", stripped.Costs.Models[0].Lines[0].Label);
        Assert.All(stripped.Recommendation.ReasonsFor.Skip(1), r => Assert.Null(r.Text));
        Assert.Equal(Json(older), Json(AdviceWording.Complete(stripped, answers, Defaults)));
        // Stripping twice changes nothing more, and completing an advice that was never stripped changes nothing.
        Assert.Equal(Json(stripped), Json(AdviceWording.Strip(stripped, answers, Defaults)));
        Assert.Equal(Json(older), Json(AdviceWording.Complete(older, answers, Defaults)));
    }

    [Fact]
    public void Every_tension_that_fires_has_an_id_that_is_worded_whether_or_not_it_fires() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            Assert.All(advice.Tensions, t => Assert.Contains(t.Id, Tensions.Ids));
            // An id's words must not depend on when it fires: a stored id is worded from the stored figures alone.
            foreach (var id in Tensions.Ids.Where(id => id != "over-budget" && id != "budget-buys-little"))
            {
                Assert.NotNull(Tensions.Word(id, answers, advice.Recommendation, advice.Costs));
            }
            Assert.NotNull(Tensions.Word("over-budget", answers, advice.Recommendation, advice.Costs));
            Assert.Equal(advice.Costs.TeamSizeAssumed, Tensions.Word("budget-buys-little", answers, advice.Recommendation, advice.Costs) is not null);
        }, runs: 200);

    [Fact]
    public void A_text_left_out_that_its_ids_cannot_word_is_refused_rather_than_shown_blank()
    {
        var answers = TestAnswers.Of("low", "stable", "none", 6, 100_000, team: 2);
        var advice = Advisor.Advise(answers, Defaults);
        var damaged = advice with { Tensions = [new Tension("no-such-tension", TensionKind.Warning, null!, null!)] };

        Assert.Throws<InvalidDataException>(() => AdviceWording.Complete(damaged, answers, Defaults));
    }
}
