namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// Why a factor's default importance and affinities are what they are, and the facts they rest on: shown to admins
/// beside the factor in the weights editor, so they know what they are overriding. The numbers are our judgement;
/// the facts are where it comes from.
/// </summary>
public sealed record FactorRationale(string Factor, string Why, IReadOnlyList<string> Facts);
