namespace EngagementAdvisor.Core.Costs;

/// <summary>Where a cost assumption's figure comes from, so an admin knows what they are overriding.</summary>
public enum AssumptionSource
{
    /// <summary>A figure a vendor's guide quotes (the sources S0–S4 are all vendors' or staffing firms' articles).</summary>
    VendorFigure,

    /// <summary>Our own figure: the sources quote none, and the facts listed only point the way.</summary>
    OurAssumption,
}
