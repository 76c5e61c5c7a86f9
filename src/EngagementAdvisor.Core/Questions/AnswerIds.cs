namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// The wire ids of the answer values (form fields, JSON API, stored rows). Kept in one place
/// so the page, the API and the database can never disagree about spelling.
/// </summary>
public static class AnswerIds
{
    public static readonly IReadOnlyList<string> ControlLevels = ["low", "medium", "high"];
    public static readonly IReadOnlyList<string> ScopeStabilities = ["stable", "evolving", "volatile"];
    public static readonly IReadOnlyList<string> InHousePms = ["none", "partial", "strong"];
    public static readonly IReadOnlyList<string> StartUrgencies = ["asap", "soon", "flexible"];
    public static readonly IReadOnlyList<string> DataSensitivities = ["low", "medium", "high"];

    public static string Id(this ControlLevel v) => ControlLevels[(int)v];
    public static string Id(this ScopeStability v) => ScopeStabilities[(int)v];
    public static string Id(this InHousePm v) => InHousePms[(int)v];
    public static string Id(this StartUrgency v) => StartUrgencies[(int)v];
    public static string Id(this DataSensitivity v) => DataSensitivities[(int)v];

    public static bool TryParse(string? id, out ControlLevel value) => TryParseIndex(ControlLevels, id, out value);
    public static bool TryParse(string? id, out ScopeStability value) => TryParseIndex(ScopeStabilities, id, out value);
    public static bool TryParse(string? id, out InHousePm value) => TryParseIndex(InHousePms, id, out value);
    public static bool TryParse(string? id, out StartUrgency value) => TryParseIndex(StartUrgencies, id, out value);
    public static bool TryParse(string? id, out DataSensitivity value) => TryParseIndex(DataSensitivities, id, out value);

    private static bool TryParseIndex<T>(IReadOnlyList<string> ids, string? id, out T value) where T : struct, Enum
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                value = (T)Enum.ToObject(typeof(T), i);
                return true;
            }
        }
        value = default;
        return false;
    }
}
