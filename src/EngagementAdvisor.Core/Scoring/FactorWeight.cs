namespace EngagementAdvisor.Core.Scoring;

/// <summary>How much one factor (a scored question, by its id) matters, 0–10, and how each of its levels leans.</summary>
public sealed record FactorWeight(string Factor, int Importance, IReadOnlyList<LevelAffinity> Levels)
{
    public const int MinImportance = 0;
    public const int MaxImportance = 10;
}
