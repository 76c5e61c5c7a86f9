namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// One difference between two weight sets, in words an admin reads without knowing how weights are stored:
/// what changed (<see cref="Subject"/>, "Importance of data sensitivity") and its value in the older and the newer
/// set ("5", "7"). A value one set does not hold is said as such ("not weighed (counts 0)"), never left blank.
/// </summary>
public sealed record WeightChange(string Subject, string Before, string After)
{
    /// <summary>The change in one line: "Importance of data sensitivity: 5 → 7".</summary>
    public string InWords => $"{Subject}: {Before} → {After}";
}
