using System.Globalization;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>Whole numbers as people type them: "50000", "50,000", "$50,000".</summary>
public static class WholeNumber
{
    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32) return false;
        var trimmed = text.Trim();
        // A minus sign is parsed so that "-5" is reported as out of range rather than as gibberish.
        var negative = trimmed.StartsWith('-');
        if (negative) trimmed = trimmed[1..];
        if (trimmed.StartsWith('$')) trimmed = trimmed[1..];
        trimmed = trimmed.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (trimmed.Length == 0
            || !trimmed.All(char.IsAsciiDigit)
            || !long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        if (negative) value = -value;
        return true;
    }
}
