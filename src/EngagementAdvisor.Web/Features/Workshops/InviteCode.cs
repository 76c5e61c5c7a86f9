using System.Security.Cryptography;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// The short code participants type to join a workshop: eight characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L, U), about 40 bits, shown as "K7QM-4XTR". Typing is forgiving: case, spaces and dashes do not matter.
/// Guessing one is bounded by the per-address look-up limit; only its hash is searched.
/// </summary>
public static class InviteCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as typed, made canonical; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 40) return null;
        var code = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    /// <summary>"K7QM-4XTR": easier to read out in a meeting.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length == Length ? $"{code[..4]}-{code[4..]}" : code;
    }

    public static byte[] Hash(string code) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(code));
}
