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
    string? Derivation = null);
