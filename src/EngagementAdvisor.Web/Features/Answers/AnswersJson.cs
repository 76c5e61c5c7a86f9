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

    /// <summary>
    /// Stored answers, which were valid when they were stored: read token by token into the same form the API's
    /// answers go through, and converted as those are (<see cref="AnswersForm.ToAnswers"/>). An export or an impact
    /// preview reads a million of them; <see cref="JsonAnswersReader"/>, which names every wrong field of a client's
    /// body, is for what has not been checked yet.
    /// </summary>
    public static Core.Questions.Answers Parse(Questionnaire questionnaire, string json)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(json);
        var form = new AnswersForm(questionnaire);
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw Damaged(json);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString();
            if (questionnaire.FindByField(field) is not { } question || !reader.Read()) throw Damaged(json);
            form[field!] = (question.Kind, reader.TokenType) switch
            {
                (_, JsonTokenType.Null) => null,
                (QuestionKind.WholeNumber, JsonTokenType.Number) => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                (QuestionKind.YesNo, JsonTokenType.True) => "yes",
                (QuestionKind.YesNo, JsonTokenType.False) => "no",
                (QuestionKind.Choice or QuestionKind.Text, JsonTokenType.String) => reader.GetString(),
                _ => throw Damaged(json),
            };
        }
        if (reader.TokenType != JsonTokenType.EndObject) throw Damaged(json);
        try
        {
            return form.ToAnswers();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            throw new InvalidDataException("Stored answers do not fit the questionnaire.", ex);
        }
    }

    private static InvalidDataException Damaged(string json) =>
        new($"Stored answers do not fit the questionnaire ({json.Length} characters).");
}
