namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Questionnaire inputs as the form posts them.</summary>
public static class FormAnswers
{
    public static Dictionary<string, string> OutsourcingCase() => new()
    {
        ["control"] = "low",
        ["scopeStability"] = "stable",
        ["inHousePm"] = "none",
        ["durationMonths"] = "4",
        ["budgetUsd"] = "$60,000",
        ["label"] = "Acme Corp",
    };

    /// <summary>The same answers with one field set (or added).</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> answers, string field, string value)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new(answers) { [field] = value };
    }

    public const string OutsourcingCaseJson =
        """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""";
}
