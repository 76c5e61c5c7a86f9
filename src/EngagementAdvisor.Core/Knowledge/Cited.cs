namespace EngagementAdvisor.Core.Knowledge;

/// <summary>
/// A statement of the knowledge catalogue with its provenance: the facts (F1–F89) and sources (S0–S4)
/// behind it. Every figure the product shows is carried by one of these, so it can be footnoted.
/// </summary>
public sealed record Cited(
    string Text,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Sources,
    Provenance Provenance = Provenance.Source,
    string? Derivation = null)
{
    /// <summary>
    /// A few words that stand for the statement where there is room for no more (the first screen of a result on a
    /// phone); the statement itself follows below them. Only statements shown in such a place have one.
    /// </summary>
    public string? Headline { get; init; }
}
