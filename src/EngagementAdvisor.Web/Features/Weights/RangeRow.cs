using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>A low–likely–high cost assumption in the weights editor.</summary>
public sealed class RangeRow
{
    public double Low { get; set; }
    public double Likely { get; set; }
    public double High { get; set; }

    public static RangeRow From(CostRange r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new() { Low = r.Low, Likely = r.Likely, High = r.High };
    }

    public CostRange ToRange() => new(Low, Likely, High);
}
