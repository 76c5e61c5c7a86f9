using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>One answer level in the weights editor: how it favours each model, −2 to +2.</summary>
public sealed class LevelRow
{
    public string Level { get; set; } = "";
    public int Outsourcing { get; set; }
    public int Outstaffing { get; set; }
    public int Offshoring { get; set; }
    public int StaffAugmentation { get; set; }

    public int For(EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => Outsourcing,
        EngagementModel.Outstaffing => Outstaffing,
        EngagementModel.Offshoring => Offshoring,
        _ => StaffAugmentation,
    };
}
