using System.Text.Json;
using System.Text.Json.Serialization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>
/// Answers as JSON, the shape the API accepts and returns and results store: one field per answered question, in
/// question order; a choice or a text as a string, a number as a number, yes/no as true or false.
/// </summary>
public sealed class AnswersJson : JsonConverter<Core.Questions.Answers>
{
    public override void Write(Utf8JsonWriter writer, Core.Questions.Answers value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var question in value.Questionnaire.All)
        {
            if (value[question] is not { } answer) continue;
            switch (question.Kind)
            {
                case QuestionKind.WholeNumber:
                    writer.WriteNumber(question.Field, value.Number(question)!.Value);
                    break;
                case QuestionKind.YesNo:
                    writer.WriteBoolean(question.Field, answer == "yes");
                    break;
                default:
                    writer.WriteString(question.Field, answer);
                    break;
            }
        }
        writer.WriteEndObject();
    }

    /// <summary>Answers are read with the questionnaire they answer (<see cref="Parse"/>), never bound by the serializer.</summary>
    public override Core.Questions.Answers Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Read answers with AnswersJson.Parse and the questionnaire they answer.");

    public static string Serialize(Core.Questions.Answers answers) => JsonSerializer.Serialize(answers, Infrastructure.AdvisorJson.Options);

    /// <summary>Stored answers, which were valid when they were stored.</summary>
    public static Core.Questions.Answers Parse(Questionnaire questionnaire, string json)
    {
        using var document = JsonDocument.Parse(json);
        var errors = new FieldErrors();
        var form = JsonAnswersReader.Read(questionnaire, document.RootElement, errors);
        if (errors.Count > 0) throw new InvalidDataException($"Stored answers do not fit the questionnaire: {string.Join(" ", errors.Fields)}.");
        return form.ToAnswers();
    }
}
