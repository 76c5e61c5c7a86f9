using System.Globalization;
using System.Text;

namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>What free text (a label) may contain.</summary>
public static class PlainText
{
    /// <summary>
    /// Text a person can read as it is: no bidirectional overrides or isolates (they make a label read differently from
    /// what it is), no other invisible formatting characters (zero-width space, word joiner, soft hyphen, tag
    /// characters, the byte-order mark), no U+FFFD (what undecodable input turns into), no noncharacters, no unpaired
    /// surrogate, and at least one visible character. Joiners and left-to-right/right-to-left marks stay: emoji and
    /// mixed-script names need them.
    /// </summary>
    public static bool IsPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))) return false;
            var rune = Rune.GetRuneAt(text, i);
            if (rune.IsBmp is false) i++;
            var value = rune.Value;
            if (value is (>= 0xFDD0 and <= 0xFDEF) || (value & 0xFFFE) == 0xFFFE || value == 0xFFFD) return false;
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format && value is not (0x200C or 0x200D or 0x200E or 0x200F)) return false;
            if (category is not (UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.EnclosingMark)) visible = true;
        }
        return visible;
    }
}
