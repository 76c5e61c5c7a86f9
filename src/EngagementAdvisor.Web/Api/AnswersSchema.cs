using System.Globalization;
using System.Text.Json.Nodes;
using EngagementAdvisor.Core.Questions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EngagementAdvisor.Web.Api;

/// <summary>
/// The OpenAPI schema of the answers (the POST body and the <c>answers</c> of every assessment), made from the
/// question table: one property per question with its type, its options or range, whether it is required, and its text.
/// </summary>
public static class AnswersSchema
{
    public static void Describe(OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddSchemaTransformer((schema, context, _) =>
        {
            if (context.JsonTypeInfo.Type == typeof(Core.Questions.Answers))
            {
                Fill(schema, context.ApplicationServices.GetRequiredService<Questionnaire>());
            }
            return Task.CompletedTask;
        });
    }

    public static void Fill(OpenApiSchema schema, Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(questionnaire);
        schema.Type = JsonSchemaType.Object;
        schema.Description = "The answers to the questionnaire, one field per question; an optional question left out was not answered.";
        schema.AdditionalPropertiesAllowed = false;
        schema.Properties = questionnaire.All.ToDictionary(q => q.Field, IOpenApiSchema (q) => Of(q), StringComparer.Ordinal);
        schema.Required = questionnaire.All.Where(q => q.Required).Select(q => q.Field).ToHashSet(StringComparer.Ordinal);
    }

    private static OpenApiSchema Of(Question question)
    {
        var schema = new OpenApiSchema { Description = $"{question.Text} {question.Hint}" };
        switch (question.Kind)
        {
            case QuestionKind.Choice:
                schema.Type = JsonSchemaType.String;
                schema.Enum = [.. question.Options.Select(o => (JsonNode)JsonValue.Create(o.Id))];
                break;
            case QuestionKind.YesNo:
                schema.Type = JsonSchemaType.Boolean;
                break;
            case QuestionKind.WholeNumber:
                schema.Type = JsonSchemaType.Integer;
                schema.Format = "int64";
                schema.Minimum = question.Min.ToString(CultureInfo.InvariantCulture);
                schema.Maximum = question.Max.ToString(CultureInfo.InvariantCulture);
                break;
            default:
                schema.Type = JsonSchemaType.String;
                schema.MaxLength = question.MaxLength;
                break;
        }
        return schema;
    }
}
