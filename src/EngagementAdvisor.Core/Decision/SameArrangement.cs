namespace EngagementAdvisor.Core.Decision;

/// <summary>
/// Outstaffing and staff augmentation came first and second: they are one arrangement under two names (F40). Says so,
/// and which answers lean to one name or the other here (first model's points minus the second's).
/// </summary>
public sealed record SameArrangement(string Note, IReadOnlyList<Separator> Separators, IReadOnlyList<string> Facts);
