using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The secret in a result link (and in a manage link). 256 bits from the OS's cryptographic RNG, base64url without
/// padding (43 characters). Only its SHA-256 is stored, so the database cannot be turned back into links.
/// </summary>
public static partial class ShareToken
{
    public const int Length = 43;
    private const int Bytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>Rejects anything that cannot be a token before the database is asked.</summary>
    public static bool IsWellFormed(string? token)
    {
        if (token is null || token.Length != Length || !Shape().IsMatch(token)) return false;
        // The last character carries only 4 of 6 bits; a canonical encoding has the spare bits at zero.
        return Base64Url.IsValid(token.AsSpan(), out var decodedLength) && decodedLength == Bytes;
    }

    /// <summary>The last well-formed token in a pasted link or text ("https://…/r/abc…"), if any.</summary>
    public static string? FindIn(string? text) =>
        text is null ? null : Shape().Matches(text).Select(m => m.Value).LastOrDefault(IsWellFormed);

    /// <summary>What a token looks like: 43 base64url characters. Also what the logs redact.</summary>
    [GeneratedRegex("[A-Za-z0-9_-]{43}")]
    public static partial Regex Shape();
}
