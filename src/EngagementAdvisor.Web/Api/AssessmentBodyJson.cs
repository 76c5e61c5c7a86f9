using System.Buffers;
using System.Text.Json;
using EngagementAdvisor.Web.Features;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Api;

/// <summary>
/// Writes the same JSON as <see cref="AssessmentBody"/> straight from the stored result document, without
/// deserialising it into objects and serialising them again: reading a result is the API's commonest call, and
/// that round trip was most of its cost (docs/performance.md). <c>AssessmentsApiTests</c> hold the two equal.
/// </summary>
public static class AssessmentBodyJson
{
    /// <summary>Parts of the stored <c>recommendation</c> object the body lifts to its top level, in order.</summary>
    private static readonly string[] FromRecommendation = ["reasonsFor", "reasonsAgainst", "contributions", "knockOuts"];

    /// <summary>Parts of the stored advice copied as they are.</summary>
    private static readonly string[] FromAdvice = ["robustness", "tensions", "costs"];

    public static ReadOnlyMemory<byte> Write(StoredResultDocument stored, Uri resultUrl)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(resultUrl);
        using var advice = JsonDocument.Parse(stored.ResultJson);
        var recommendation = advice.RootElement.GetProperty("recommendation");
        var buffer = new ArrayBufferWriter<byte>(stored.ResultJson.Length + 1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("token", stored.Token);
            writer.WriteString("url", resultUrl.ToString());
            recommendation.GetProperty("recommended").WriteTo(writer, "recommendation");
            recommendation.GetProperty("ranking").WriteTo(writer, "ranking");
            writer.WriteNumber("weightsVersion", stored.WeightsVersion);
            writer.WritePropertyName("answers");
            JsonSerializer.Serialize(writer, stored.Answers, AdvisorJson.Options);
            writer.WritePropertyName("createdAt");
            JsonSerializer.Serialize(writer, stored.CreatedAt, AdvisorJson.Options);
            foreach (var name in FromRecommendation) recommendation.GetProperty(name).WriteTo(writer, name);
            foreach (var name in FromAdvice) advice.RootElement.GetProperty(name).WriteTo(writer, name);
            if (stored.AdjustedFrom is { } from)
            {
                writer.WriteString("adjustedFromUrl", new Uri(resultUrl, ResultLinks.PathOf(from)).ToString());
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    // The element's bytes as stored, copied rather than re-written token by token: that re-writing was a quarter of
    // a read. The document was validated when it was parsed, and was written with the same (default) escaping.
    private static void WriteTo(this JsonElement element, Utf8JsonWriter writer, string name)
    {
        writer.WritePropertyName(name);
        writer.WriteRawValue(System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(element), skipInputValidation: true);
    }
}
