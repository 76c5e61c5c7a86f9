namespace EngagementAdvisor.Core.Costs;

/// <summary>What a cost assumption counts, and so how an admin types it and reads it back.</summary>
public enum AssumptionUnit
{
    /// <summary>Hours in a month.</summary>
    HoursPerMonth,

    /// <summary>Dollars an hour.</summary>
    UsdPerHour,

    /// <summary>Dollars.</summary>
    Usd,

    /// <summary>A share, stored as 0.15 and typed and shown as 15%.</summary>
    Percent,

    /// <summary>A factor on another rate (×2.2).</summary>
    Multiplier,

    /// <summary>Weeks.</summary>
    Weeks,
}
