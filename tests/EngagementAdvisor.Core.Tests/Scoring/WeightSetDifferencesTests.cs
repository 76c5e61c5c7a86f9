using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Scoring;

/// <summary>What an admin reads on the history page: each difference between two weight sets in words.</summary>
public sealed class WeightSetDifferencesTests
{
    private const string NoPmReason = "Outstaffed engineers need your own PM and tech lead to direct them, and you have none.";

    private static readonly KnockOutRule NoPmOutstaffing =
        new("no-pm-outstaffing", "in-house-pm", "none", "outstaffing", KnockOutEffect.Penalty, 30, NoPmReason, ["F34", "F22"]);

    /// <summary>A small hand-written set: two factors, one rule, the default costs.</summary>
    private static WeightSet Weights(
        int dataSensitivity = 5, int highForOutsourcing = 1, IReadOnlyList<KnockOutRule>? rules = null, CostAssumptions? costs = null) => new(
        [
            new("in-house-pm", 8, [new("none", 2, -2, -2, -2), new("partial", 1, 0, -1, 0), new("strong", -1, 2, 2, 2)]),
            new("data-sensitivity", dataSensitivity, [new("low", 1, 0, 0, 0), new("medium", 0, 0, 0, 0), new("high", highForOutsourcing, 1, 1, 1)]),
        ],
        rules ?? [NoPmOutstaffing],
        costs ?? CostAssumptions.Default);

    private static WeightSetDifferences Between(WeightSet before, WeightSet after) =>
        WeightSetDifferences.Between(before, after, Questionnaire.Default);

    private static List<string> InWords(IReadOnlyList<WeightChange> changes) => [.. changes.Select(c => c.InWords)];

    [Fact]
    public void Two_equal_sets_have_no_difference()
    {
        var differences = Between(Weights(), Weights());

        Assert.True(differences.IsEmpty);
        Assert.Equal(0, differences.Count);
        Assert.True(Between(DefaultWeights.Create(), DefaultWeights.Create()).IsEmpty);
    }

    [Fact]
    public void A_changed_importance_reads_as_the_question_and_both_values()
    {
        var differences = Between(Weights(dataSensitivity: 5), Weights(dataSensitivity: 7));

        var change = Assert.Single(differences.Factors);
        Assert.Equal(new WeightChange("Importance of data sensitivity", "5", "7"), change);
        Assert.Equal("Importance of data sensitivity: 5 → 7", change.InWords);
        Assert.Empty(differences.KnockOuts);
        Assert.Empty(differences.Costs);
    }

    [Fact]
    public void A_changed_affinity_names_the_question_the_answer_and_the_model_with_signed_values()
    {
        var differences = Between(Weights(highForOutsourcing: 1), Weights(highForOutsourcing: -1));

        Assert.Equal(["Data sensitivity “High” — favours outsourcing: +1 → −1"], InWords(differences.Factors));
    }

    [Fact]
    public void An_added_rule_says_when_it_applies_what_it_does_and_why()
    {
        var excluded = new KnockOutRule("no-pm-offshoring", "in-house-pm", "none", "offshoring", KnockOutEffect.Exclude, 0, "No one to lead it.", ["F46"]);

        var differences = Between(Weights(rules: [NoPmOutstaffing]), Weights(rules: [NoPmOutstaffing, excluded]));

        Assert.Equal(
            ["Rule: when “In-house PM and tech leadership” is “None”, offshoring: not in this version → ruled out: “No one to lead it.”"],
            InWords(differences.KnockOuts));
        Assert.Empty(differences.Factors);
    }

    [Fact]
    public void A_removed_rule_says_what_it_did()
    {
        var differences = Between(Weights(rules: [NoPmOutstaffing]), Weights(rules: []));

        var change = Assert.Single(differences.KnockOuts);
        Assert.Equal("Rule: when “In-house PM and tech leadership” is “None”, outstaffing", change.Subject);
        Assert.Equal($"penalised by 30 points: “{NoPmReason}”", change.Before);
        Assert.Equal("not in this version", change.After);
    }

    [Fact]
    public void A_changed_rule_gives_its_effect_reason_and_facts_each_in_words()
    {
        var changed = NoPmOutstaffing with { Effect = KnockOutEffect.Exclude, Reason = "Nobody can direct them.", Facts = ["F34"] };

        var differences = Between(Weights(rules: [NoPmOutstaffing]), Weights(rules: [changed]));

        const string rule = "Rule: when “In-house PM and tech leadership” is “None”, outstaffing";
        Assert.Equal(
        [
            new WeightChange(rule, "penalised by 30 points", "ruled out"),
            new WeightChange($"{rule} — reason", $"“{NoPmReason}”", "“Nobody can direct them.”"),
            new WeightChange($"{rule} — facts cited", "F34, F22", "F34"),
        ], differences.KnockOuts);
    }

    [Fact]
    public void A_penalty_of_other_points_and_a_rule_on_another_answer_are_said_with_the_answer_label()
    {
        var partial = NoPmOutstaffing with { Level = "partial", Penalty = 1 };

        var differences = Between(Weights(rules: [NoPmOutstaffing]), Weights(rules: [partial]));

        Assert.Equal(
        [
            "What a rule applies to: when “In-house PM and tech leadership” is “None”, outstaffing → when “In-house PM and tech leadership” is “Partial”, outstaffing",
            "Rule: when “In-house PM and tech leadership” is “Partial”, outstaffing: penalised by 30 points → penalised by 1 point",
        ], InWords(differences.KnockOuts));
    }

    [Fact]
    public void A_rule_whose_id_alone_changed_is_no_difference_an_admin_would_see()
    {
        var renamed = NoPmOutstaffing with { Id = "outstaffing-needs-a-pm" };

        Assert.True(Between(Weights(rules: [NoPmOutstaffing]), Weights(rules: [renamed])).IsEmpty);
    }

    [Fact]
    public void One_end_of_a_cost_range_reads_with_the_assumptions_name_the_end_and_its_unit()
    {
        var costs = CostAssumptions.Default with { TeamExtensionRateUsd = new CostRange(25, 50, 80) };

        var differences = Between(Weights(), Weights(costs: costs));

        Assert.Equal(["Hourly rate, outstaffing and staff augmentation — likely: $45/hr → $50/hr"], InWords(differences.Costs));
        Assert.Empty(differences.Factors);
    }

    [Fact]
    public void Percentages_read_as_percentages_for_a_single_value_and_a_range()
    {
        var costs = CostAssumptions.Default with
        {
            PartTimeShare = 0.6,
            OutsourcingMarkup = CostAssumptions.Default.OutsourcingMarkup with { High = 0.4 },
        };

        var differences = Between(Weights(), Weights(costs: costs));

        Assert.Equal(
        [
            "Outsourcing price above the team-extension rate — high: 35% → 40%",
            "Part-time work, as a share of full time: 50% → 60%",
        ], InWords(differences.Costs));
    }

    [Fact]
    public void A_factor_the_older_version_did_not_weigh_reads_as_not_in_that_version()
    {
        var withTeamSize = new WeightSet(
            [.. Weights().Factors, new FactorWeight("team-size", 5, [new("individuals", 0, 0, -1, 2)])], [NoPmOutstaffing]);

        var differences = Between(Weights(), withTeamSize);

        Assert.Equal(
        [
            "Importance of team size: not in this version (counts 0) → 5",
            "Team size “One or two specialists” — favours offshoring: not in this version (0) → −1",
            "Team size “One or two specialists” — favours staff augmentation: not in this version (0) → +2",
        ], InWords(differences.Factors));
    }

    [Fact]
    public void An_assumption_the_older_version_did_not_store_reads_as_its_default_and_differs_only_when_changed()
    {
        var stored = AssumptionFields.All.Select(f => f.Key).Where(k => k != "nicheOffshoringRateUsd").ToHashSet(StringComparer.Ordinal);
        var raised = CostAssumptions.Default with { NicheOffshoringRateUsd = new CostRange(50, 70, 80) };

        var changed = WeightSetDifferences.Between(Weights(), Weights(costs: raised), Questionnaire.Default, stored);
        var same = WeightSetDifferences.Between(Weights(), Weights(), Questionnaire.Default, stored);

        Assert.Equal(
            ["Hourly rate of a senior offshore specialist — likely: not in this version (the default, $62/hr) → $70/hr"],
            InWords(changed.Costs));
        Assert.True(same.IsEmpty);
    }

    [Fact]
    public void No_difference_names_an_id_or_a_path_of_the_stored_document()
    {
        var defaults = DefaultWeights.Create();
        var everything = new WeightSet(
            [.. defaults.Factors.Select(f => f with { Importance = 10 - f.Importance, Levels = [.. f.Levels.Select(l => l with { Outsourcing = -l.Outsourcing, Offshoring = 2 })] })],
            [.. defaults.KnockOuts.Skip(2).Select(r => r with { Effect = KnockOutEffect.Exclude, Reason = r.Reason + " Always." })],
            AssumptionFields.All.Aggregate(defaults.Costs, (costs, field) => field.With(costs, new CostRange(0.5, 0.6, 0.7))));

        var differences = Between(defaults, everything);

        var words = string.Join("\n", InWords([.. differences.Factors, .. differences.KnockOuts, .. differences.Costs]));
        Assert.True(differences.Factors.Count > 20 && differences.KnockOuts.Count > 10 && differences.Costs.Count > 20, words);
        foreach (var raw in new[] { ".factors", "[", "importance", "in-house-pm", "staff-augmentation", "no-pm-", "Usd", "knockOuts" })
        {
            Assert.DoesNotContain(raw, words, StringComparison.Ordinal);
        }
    }
}
