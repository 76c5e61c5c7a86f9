using System.Text.RegularExpressions;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// The weights editor's field names ("Factors[2].Levels[0].Outsourcing", without "Form."), as a person reads them and
/// as element ids: one place that knows the form's naming, for messages on fields and links to them.
/// </summary>
public static partial class WeightsFieldNames
{
    /// <summary>An element id for a field name: "Costs[rampWeeks].Low" → "field-Costs-rampWeeks-Low".</summary>
    public static string Id(string name) => "field-" + NotIdCharacters().Replace(name ?? "", "-").Trim('-');

    /// <summary>What a field holds, in words ("Importance of budget", "Weeks for each engineer to reach full speed, low").</summary>
    public static string Describe(Questionnaire questionnaire, WeightsForm form, string name)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(form);
        if (name == nameof(WeightsForm.BaseVersion)) return "The version being edited";
        if (name == nameof(WeightsForm.Comment)) return "The comment";
        var match = Pattern().Match(name ?? "");
        if (!match.Success) return "A value";
        if (match.Groups["factor"].Success && int.TryParse(match.Groups["factor"].Value, out var f) && f >= 0 && f < form.Factors.Count
            && questionnaire.Find(form.Factors[f].Factor) is { } question)
        {
            if (!match.Groups["level"].Success) return $"Importance of {question.Noun}";
            var level = int.TryParse(match.Groups["level"].Value, out var l) && l >= 0 && l < question.Levels.Count ? question.Levels[l].Label : "an answer";
            var model = Enum.TryParse<EngagementModel>(match.Groups["property"].Value, out var m) ? m.DisplayName().ToLowerInvariant() : "a model";
            return $"{question.Name}: “{level}”, how it favours {model}";
        }
        if (match.Groups["cost"].Success && AssumptionFields.Find(match.Groups["cost"].Value) is { } field)
        {
            return field.IsRange ? $"{field.Label}, {match.Groups["property"].Value.ToLowerInvariant()}" : field.Label;
        }
        if (match.Groups["rule"].Success && int.TryParse(match.Groups["rule"].Value, out var r))
        {
            return $"Rule {r + 1}, {match.Groups["property"].Value.ToLowerInvariant()}";
        }
        return "A value";
    }

    [GeneratedRegex(@"^(Factors\[(?<factor>\d+)\](\.Levels\[(?<level>\d+)\])?|Costs\[(?<cost>[A-Za-z]+)\]|KnockOuts\[(?<rule>\d+)\])\.(?<property>[A-Za-z]+)$")]
    private static partial Regex Pattern();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex NotIdCharacters();
}
