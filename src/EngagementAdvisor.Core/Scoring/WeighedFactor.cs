using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// One answered factor as the scorer weighs it: its importance, how much the answer belongs to each level, the level
/// it belongs to most, and the affinity for each model that the answer's levels give together.
/// </summary>
public sealed record WeighedFactor(Question Question, int Level, IReadOnlyList<double> Memberships, double Importance, IReadOnlyList<double> Affinity);
