namespace EngagementAdvisor.Core.Knowledge;

/// <summary>Where a statement comes from, so the page can label it honestly.</summary>
public enum Provenance
{
    /// <summary>Stated by the sources (S0–S4) as guidance or description.</summary>
    Source,

    /// <summary>A figure or claim made by a vendor (all five sources are written by service firms); shown as "vendor claim".</summary>
    VendorClaim,

    /// <summary>A market figure (revenue, forecasts), attributed to the source that quotes it.</summary>
    MarketFigure,

    /// <summary>Not stated for this model; derived by us from other facts, with the reason given in <see cref="Cited.Derivation"/>.</summary>
    Derived,

    /// <summary>The sources say nothing on this; shown as such rather than invented.</summary>
    NotInSources,
}
