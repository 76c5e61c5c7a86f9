using System.Globalization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Tests;

/// <summary>Answers to the default questionnaire, written the way the tests think of them.</summary>
internal static class TestAnswers
{
    public static Answers Of(
        string control, string scope, string pm, int months, long budget,
        int? team = null, string? urgency = null, string? sensitivity = null, bool? niche = null, string? label = null,
        string? workload = null, string? location = null, bool? residency = null) =>
        Answers.Of(Questionnaire.Default, new Dictionary<string, string?>
        {
            ["control"] = control,
            ["scope-stability"] = scope,
            ["in-house-pm"] = pm,
            ["duration"] = months.ToString(CultureInfo.InvariantCulture),
            ["budget"] = budget.ToString(CultureInfo.InvariantCulture),
            ["team-size"] = team?.ToString(CultureInfo.InvariantCulture),
            ["workload"] = workload,
            ["start-urgency"] = urgency,
            ["team-location"] = location,
            ["data-sensitivity"] = sensitivity,
            ["data-residency"] = residency is { } r ? (r ? "yes" : "no") : null,
            ["niche-expertise"] = niche is { } n ? (n ? "yes" : "no") : null,
            ["label"] = label,
        });

    /// <summary>The id of option <paramref name="index"/> of a choice question ("low" for control 0).</summary>
    public static string Option(Question question, int index) => question.Options[index].Id;
}
