using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Workshops;

/// <summary>
/// How far the people's own results agree: 1 minus the normalised entropy of which model each person's answers
/// recommend (<see cref="Disagreement"/> over the four models), read in words on AHP-OS's scale: very low below 50 %,
/// low to 62.5 %, moderate to 75 %, high to 87.5 %, very high from 87.5 %.
/// </summary>
public sealed record Consensus(double Share, string Words)
{
    public static Consensus Of(IEnumerable<EngagementModel> winners)
    {
        ArgumentNullException.ThrowIfNull(winners);
        var counts = EngagementModels.All.Select(m => winners.Count(w => w == m)).ToList();
        var share = 1 - Disagreement.Of(counts);
        return new Consensus(share, share switch
        {
            < 0.5 => "very low",
            < 0.625 => "low",
            < 0.75 => "moderate",
            < 0.875 => "high",
            _ => "very high",
        });
    }
}
