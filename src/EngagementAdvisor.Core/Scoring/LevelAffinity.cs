using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>How strongly one answer level favours (+) or disfavours (−) each model, from −2 to +2.</summary>
public sealed record LevelAffinity(string Level, int Outsourcing, int Outstaffing, int Offshoring, int StaffAugmentation)
{
    public const int Min = -2;
    public const int Max = 2;

    public int For(EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => Outsourcing,
        EngagementModel.Outstaffing => Outstaffing,
        EngagementModel.Offshoring => Offshoring,
        EngagementModel.StaffAugmentation => StaffAugmentation,
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };
}
