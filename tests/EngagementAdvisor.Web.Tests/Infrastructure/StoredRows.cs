using System.Text.Json;
using EngagementAdvisor.Web.Data.Entities;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Reads what a stored row holds, as a test looking at the database sees it.</summary>
public static class StoredRows
{
    /// <summary>The label in a row's stored answers, or null when there is none.</summary>
    public static string? LabelOf(Assessment row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var answers = JsonDocument.Parse(row.AnswersJson);
        return answers.RootElement.TryGetProperty("label", out var label) ? label.GetString() : null;
    }
}
