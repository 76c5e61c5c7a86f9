namespace EngagementAdvisor.Core.Costs;

/// <summary>A low–likely–high range.</summary>
public sealed record CostRange(double Low, double Likely, double High)
{
    public static readonly CostRange Zero = new(0, 0, 0);

    /// <summary>One end of the range.</summary>
    public double At(RangeEnd end) => end switch
    {
        RangeEnd.Low => Low,
        RangeEnd.Likely => Likely,
        _ => High,
    };

    /// <summary>
    /// A range computed once per end: the low end from every assumption's low value, the likely from every likely,
    /// the high from every high. Each cost line is written once this way.
    /// </summary>
    public static CostRange Of(Func<RangeEnd, double> at)
    {
        ArgumentNullException.ThrowIfNull(at);
        return new(at(RangeEnd.Low), at(RangeEnd.Likely), at(RangeEnd.High));
    }

    /// <summary>Each end rounded to <paramref name="decimals"/>, halves away from zero.</summary>
    public CostRange Rounded(int decimals) => new(
        Math.Round(Low, decimals, MidpointRounding.AwayFromZero),
        Math.Round(Likely, decimals, MidpointRounding.AwayFromZero),
        Math.Round(High, decimals, MidpointRounding.AwayFromZero));

    public static CostRange operator +(CostRange a, CostRange b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Low + b.Low, a.Likely + b.Likely, a.High + b.High);
    }

    public static CostRange Add(CostRange a, CostRange b) => a + b;
}
