using System.Text;
using System.Text.RegularExpressions;
using Serilog.Core;
using Serilog.Events;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// Keeps share and manage tokens out of logs (anyone who can read logs must not be able to open or delete results),
/// and keeps what a client put in a URL from forging log lines: control characters are escaped and length is capped.
/// </summary>
public static partial class LogRedaction
{
    private const int KeptChars = 6;
    private const int MaxLoggedChars = 200;

    public static string RedactPath(PathString path)
    {
        var value = path.Value ?? "";
        foreach (var prefix in (ReadOnlySpan<string>)["/r/", "/api/assessments/"])
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && value.Length > prefix.Length + KeptChars)
            {
                return Clean(string.Concat(value.AsSpan(0, prefix.Length + KeptChars), "…"));
            }
        }
        // An invite code is short, so no prefix of it is kept.
        if (value.StartsWith("/w/join/", StringComparison.OrdinalIgnoreCase) && value.Length > "/w/join/".Length) return "/w/join/…";
        return Clean(RedactTokens(value));
    }

    /// <summary>Anything shaped like a token (43 base64url characters), e.g. in ?r= or ?from=, keeps only its prefix.</summary>
    public static string RedactTokens(string text) =>
        Features.Assessments.ShareToken.Shape().Replace(text ?? "", m => string.Concat(m.ValueSpan[..KeptChars], "…"));

    /// <summary>
    /// A query string: tokens keep their prefix, and an invite code typed into the join form (<c>/w/join?code=…</c>)
    /// keeps nothing, as in the invite's path.
    /// </summary>
    public static string RedactQuery(string text) => TypedInviteCode().Replace(RedactTokens(text), "${1}code=…");

    [GeneratedRegex("([?&])code=[^&]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TypedInviteCode();

    /// <summary>Escapes control characters (CR, LF, NUL, …) and caps the length, so a URL can never start a new log line.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var capped = text.Length > MaxLoggedChars;
        var span = capped ? text.AsSpan(0, MaxLoggedChars) : text.AsSpan();
        if (!capped && !span.ContainsAnyInRange('\0', '\u001f') && !span.Contains('\u007f')) return text;
        var builder = new StringBuilder(span.Length + 8);
        foreach (var c in span)
        {
            if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        if (capped) builder.Append('…');
        return builder.ToString();
    }
}
