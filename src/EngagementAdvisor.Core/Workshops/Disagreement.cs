namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// How much people disagree on one question: the Shannon entropy of their answers over the question's levels, divided
/// by its largest possible value (every level equally often), so 0 is "all gave the same answer" and 1 is "spread as
/// evenly as the levels allow", whatever the number of levels.
/// </summary>
public static class Disagreement
{
    /// <summary>Normalised entropy of <paramref name="counts"/> (how many people gave each level), 0 to 1.</summary>
    public static double Of(IReadOnlyList<int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var total = counts.Sum();
        if (total == 0 || counts.Count < 2) return 0;
        var entropy = -counts.Where(c => c > 0).Sum(c => (double)c / total * Math.Log((double)c / total));
        return Math.Clamp(entropy / Math.Log(counts.Count), 0, 1);
    }
}
