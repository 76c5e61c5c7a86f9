using System.Text.Json;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>
/// Reads a JSON object of answers field by field, so that every wrong field is named (a model binder stops at the
/// first), into an <see cref="AnswersForm"/> for the validator. A choice or a text is a JSON string, a number a JSON
/// number, a yes/no question true or false; null is the same as absent. Unknown and duplicate fields are refused: the
/// server sets scores, tokens and versions itself, and a client sending them has a bug.
/// </summary>
public static class JsonAnswersReader
{
    public static AnswersForm Read(Questionnaire questionnaire, JsonElement root, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var form = new AnswersForm(questionnaire);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$", "The body must be a JSON object with the questionnaire's answers.");
            return form;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            var name = property.Name;
            if (!seen.Add(name))
            {
                errors.Add(name, $"The field '{name}' appears more than once.");
                continue;
            }
            if (questionnaire.FindByField(name) is not { } question)
            {
                errors.Add(Truncate(name), $"'{Truncate(name)}' is not a field of an assessment.");
                continue;
            }
            var value = property.Value;
            if (value.ValueKind == JsonValueKind.Null) continue; // same as absent; a required field is then reported missing
            switch (question.Kind)
            {
                case QuestionKind.WholeNumber when value.ValueKind == JsonValueKind.Number:
                    form[name] = value.GetRawText();
                    break;
                case QuestionKind.WholeNumber:
                    errors.Add(name, $"'{name}' must be a number.");
                    break;
                case QuestionKind.YesNo when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    form[name] = value.GetBoolean() ? "yes" : "no";
                    break;
                case QuestionKind.YesNo:
                    errors.Add(name, $"'{name}' must be true or false.");
                    break;
                case QuestionKind.Choice or QuestionKind.Text when value.ValueKind == JsonValueKind.String:
                    if (TryGetString(value) is { } text) form[name] = text;
                    else errors.Add(name, $"'{name}' is not valid text (it has an unpaired surrogate escape).");
                    break;
                default:
                    errors.Add(name, $"'{name}' must be a string.");
                    break;
            }
        }
        return form;
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
}
