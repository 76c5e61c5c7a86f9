using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>One answered factor as the scorer weighs it: its importance and the affinity of the answer for each model.</summary>
public sealed record WeighedFactor(Question Question, int Level, double Importance, IReadOnlyList<int> Affinity);
