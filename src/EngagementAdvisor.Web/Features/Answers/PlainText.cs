namespace EngagementAdvisor.Web.Features.Answers;

/// <summary>What free text (a label) may contain.</summary>
public static class PlainText
{
    /// <summary>
    /// No bidirectional overrides or isolates (they make a label read differently from what it is), no byte-order
    /// mark, no U+FFFD (what undecodable input turns into), no noncharacters and no unpaired surrogate.
    /// Joiners and left-to-right/right-to-left marks stay: emoji and mixed-script names need them.
    /// </summary>
    public static bool IsPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF' or '\uFFFD' or '\uFFFE' or '\uFFFF') return false;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
