using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>One knock-out rule in the weights editor; <see cref="Remove"/> drops it on save.</summary>
public sealed class KnockOutRow
{
    public string Id { get; set; } = "";
    public string Factor { get; set; } = "";
    public string Level { get; set; } = "";
    public string Model { get; set; } = "";
    public KnockOutEffect Effect { get; set; }
    public int Penalty { get; set; }
    public string Reason { get; set; } = "";
    public string Facts { get; set; } = "";
    public bool Remove { get; set; }
}
