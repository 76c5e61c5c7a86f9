namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Questionnaire inputs as the form posts them.</summary>
public static class FormAnswers
{
    public static Dictionary<string, string> OutsourcingCase() => new()
    {
        ["Input.Control"] = "low",
        ["Input.ScopeStability"] = "stable",
        ["Input.InHousePm"] = "none",
        ["Input.DurationMonths"] = "4",
        ["Input.BudgetUsd"] = "$60,000",
        ["Input.Label"] = "Acme Corp",
    };

    public const string OutsourcingCaseJson =
        """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""";
}
