namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// How the likely cost of each result's recommended model moves under a draft (now: the current version's model priced
/// with its assumptions; draft: the draft's model priced with the draft's). Changes are shares of the cost now
/// (0.08 = 8 % more); a result whose cost moves by less than a dollar is unchanged.
/// </summary>
public sealed record CostMovement(int Up, int Down, double MeanUp, double MeanDown, double LargestUp, double LargestDown)
{
    public static readonly CostMovement None = new(0, 0, 0, 0, 0, 0);
}
