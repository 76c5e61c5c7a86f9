using System.Text.Json;
using System.Text.Json.Serialization;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// One JSON shape for the API and for stored documents: camelCase names and kebab-case enum ids
/// ("staff-augmentation", "in-house-pm"), the same ids the questionnaire and URLs use; answers as
/// <see cref="Features.Answers.AnswersJson"/> writes them.
/// </summary>
public static class AdvisorJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.Converters.Add(new Features.Answers.AnswersJson());
        return options;
    }
}
