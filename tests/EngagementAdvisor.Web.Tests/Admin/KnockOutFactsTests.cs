using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Weights;

namespace EngagementAdvisor.Web.Tests.Admin;

/// <summary>A rule's facts become numbered notes on every result it touches, so only real fact ids may be saved.</summary>
public sealed class KnockOutFactsTests
{
    private static FluentValidation.Results.ValidationResult Validate(string facts)
    {
        var form = WeightsForm.From(1, DefaultWeights.Create(), Questionnaire.Default);
        form.KnockOuts[0].Facts = facts;
        return new WeightsFormValidator(Questionnaire.Default, requireComment: false).Validate(form);
    }

    [Theory]
    [InlineData("f12")]
    [InlineData("F34, S3")]
    [InlineData("F90")]
    public void A_fact_id_that_does_not_exist_is_refused_with_its_rule_named(string facts)
    {
        var result = Validate(facts);

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("facts are ids from F1 to F89", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("F34, F22")]
    [InlineData("")]
    public void Real_fact_ids_or_none_are_accepted(string facts) =>
        Assert.DoesNotContain(Validate(facts).Errors, e => e.ErrorMessage.Contains("facts", StringComparison.Ordinal));

    private static FluentValidation.Results.ValidationResult ValidateRule(Action<KnockOutRow> edit)
    {
        var form = WeightsForm.From(1, DefaultWeights.Create(), Questionnaire.Default);
        edit(form.KnockOuts[0]);
        return new WeightsFormValidator(Questionnaire.Default, requireComment: false).Validate(form);
    }

    [Fact]
    public void A_three_megabyte_reason_is_refused()
    {
        // Every new result the rule applies to would store and return it.
        var result = ValidateRule(rule => rule.Reason = new string('x', 3 * 1024 * 1024));

        Assert.Contains(result.Errors, e => e.ErrorMessage.Contains("at most 500 characters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("no-pm-outstaffing ")]
    [InlineData(" no-pm-outstaffing")]
    [InlineData("No-PM")]
    [InlineData("a--b")]
    public void A_rule_id_that_could_differ_from_another_by_a_space_or_case_is_refused(string id) =>
        Assert.Contains(ValidateRule(rule => rule.Id = id).Errors, e => e.ErrorMessage.Contains("is not one the editor made", StringComparison.Ordinal));

    [Fact]
    public void Facts_longer_than_their_limit_are_refused() =>
        Assert.Contains(ValidateRule(rule => rule.Facts = string.Join(", ", Enumerable.Repeat("F1", 100))).Errors,
            e => e.ErrorMessage.Contains("at most 200 characters", StringComparison.Ordinal));
}
