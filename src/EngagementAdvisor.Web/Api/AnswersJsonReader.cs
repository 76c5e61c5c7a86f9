using System.Text.Json;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Api;

/// <summary>
/// Reads the POST /api/assessments body field by field, so that every wrong field is named in
/// the 400 answer (a model binder stops at the first). Unknown and duplicate fields are refused:
/// the server sets scores, tokens and versions itself, and a client sending them has a bug.
/// </summary>
public static class AnswersJsonReader
{
    private static readonly string[] TextFields = ["control", "scopeStability", "inHousePm", "startUrgency", "dataSensitivity", "label"];
    private static readonly string[] NumberFields = ["durationMonths", "budgetUsd", "teamSize"];

    public static AnswersForm Read(JsonElement root, Dictionary<string, List<string>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var form = new AnswersForm();
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add(errors, "$", "The body must be a JSON object with the questionnaire's answers.");
            return form;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (!seen.Add(name))
            {
                Add(errors, name, $"The field '{name}' appears more than once.");
                continue;
            }
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null) continue; // same as absent; required fields are then reported missing
            if (Array.IndexOf(TextFields, name) >= 0)
            {
                if (value.ValueKind != JsonValueKind.String) Add(errors, name, $"'{name}' must be a string.");
                else if (TryGetString(value) is { } text) Set(form, name, text);
                else Add(errors, name, $"'{name}' is not valid text (it has an unpaired surrogate escape).");
            }
            else if (Array.IndexOf(NumberFields, name) >= 0)
            {
                if (value.ValueKind != JsonValueKind.Number) Add(errors, name, $"'{name}' must be a number.");
                else Set(form, name, value.GetRawText());
            }
            else if (name == "nicheExpertise")
            {
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) form.NicheExpertise = value.GetBoolean() ? "yes" : "no";
                else Add(errors, name, "'nicheExpertise' must be true or false.");
            }
            else
            {
                Add(errors, Truncate(name), $"'{Truncate(name)}' is not a field of an assessment.");
            }
        }
        return form;
    }

    public static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>JSON may escape a lone surrogate ("\ud800"), which .NET cannot turn into a string.</summary>
    private static string? TryGetString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Truncate(string name) => name.Length <= 40 ? name : name[..40] + "…";

    private static void Set(AnswersForm form, string name, string? value)
    {
        switch (name)
        {
            case "control": form.Control = value; break;
            case "scopeStability": form.ScopeStability = value; break;
            case "inHousePm": form.InHousePm = value; break;
            case "startUrgency": form.StartUrgency = value; break;
            case "dataSensitivity": form.DataSensitivity = value; break;
            case "label": form.Label = value; break;
            case "durationMonths": form.DurationMonths = value; break;
            case "budgetUsd": form.BudgetUsd = value; break;
            case "teamSize": form.TeamSize = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(name));
        }
    }
}
