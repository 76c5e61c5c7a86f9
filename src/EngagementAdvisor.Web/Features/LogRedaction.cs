namespace EngagementAdvisor.Web.Features;

/// <summary>Keeps share tokens out of logs: anyone who can read logs must not be able to open results.</summary>
public static class LogRedaction
{
    private const int KeptChars = 6;

    public static string RedactPath(PathString path)
    {
        var value = path.Value ?? "";
        foreach (var prefix in (ReadOnlySpan<string>)["/r/", "/api/assessments/"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.Length > prefix.Length + KeptChars)
            {
                return string.Concat(value.AsSpan(0, prefix.Length + KeptChars), "…");
            }
        }
        return value;
    }
}
