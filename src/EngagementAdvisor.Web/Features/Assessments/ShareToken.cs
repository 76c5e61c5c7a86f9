using System.Buffers.Text;
using System.Security.Cryptography;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The secret in a result link. 256 bits from the OS's cryptographic RNG, base64url without
/// padding (43 characters). Only its SHA-256 is stored, so the database cannot be turned back into links.
/// </summary>
public static class ShareToken
{
    public const int Length = 43;
    private const int Bytes = 32;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token));

    /// <summary>Rejects anything that cannot be a token before the database is asked.</summary>
    public static bool IsWellFormed(string? token)
    {
        if (token is null || token.Length != Length) return false;
        foreach (var c in token)
        {
            var ok = c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_';
            if (!ok) return false;
        }
        // The last character carries only 4 of 6 bits; a canonical encoding has the spare bits at zero.
        return Base64Url.IsValid(token.AsSpan(), out var decodedLength) && decodedLength == Bytes;
    }
}
