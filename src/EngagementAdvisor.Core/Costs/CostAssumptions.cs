using System.Globalization;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// Every number the cost estimate uses. Plain data, stored inside each weight set version, so admins can tune it and a
/// stored result keeps the assumptions it was computed with. Figures the sources quote carry their fact ids; the rest
/// are our assumptions and are labelled as such wherever they are shown (<see cref="Describe"/>).
/// </summary>
/// <remarks>
/// Each value has its default as its initial value, so a version stored before a value existed reads with the default.
/// </remarks>
public sealed record CostAssumptions
{
    public const double WeeksPerMonth = 4.33;

    public static CostAssumptions Default { get; } = new();

    /// <summary>Billable hours of one full-time engineer in a month (ours).</summary>
    public double HoursPerMonth { get; init; } = 160;

    /// <summary>F32: $25–80/hr; likely the middle of F33's $35–55 for a mid-level engineer in Eastern Europe or LATAM.</summary>
    public CostRange TeamExtensionRateUsd { get; init; } = new(25, 45, 80);

    /// <summary>F33: a senior engineer at $70–85/hr; ML, DevOps and senior front-end at the higher end. Used when niche expertise is needed.</summary>
    public CostRange NicheRateUsd { get; init; } = new(70, 77, 85);

    /// <summary>Ours: the vendor price includes PM, delivery management and QA (F55).</summary>
    public CostRange OutsourcingMarkup { get; init; } = new(0.15, 0.25, 0.35);

    /// <summary>Ours: the sources quote no offshoring rate; the same talent markets (F37), a little lower once set up (F49).</summary>
    public CostRange OffshoringRateUsd { get; init; } = new(25, 40, 70);

    /// <summary>Ours: a senior offshore engineer, for niche expertise.</summary>
    public CostRange NicheOffshoringRateUsd { get; init; } = new(50, 62, 80);

    /// <summary>Ours: rates of engineers in your own country against the nearshore rates above (F37: nearshore is cheaper at the same experience).</summary>
    public CostRange OnshoreRateFactor { get; init; } = new(1.6, 2.2, 2.8);

    /// <summary>Ours: rates of engineers far away (a large time difference) against the nearshore rates above.</summary>
    public CostRange FarOffshoreRateFactor { get; init; } = new(0.6, 0.8, 1.0);

    /// <summary>F35 (per new hire), F16 (outsourcing onboarding): 2–4 weeks.</summary>
    public CostRange RampWeeks { get; init; } = new(2, 3, 4);

    /// <summary>Ours: half speed while ramping up.</summary>
    public double RampProductivity { get; init; } = 0.5;

    /// <summary>Ours, after F55 (management cost is internal): your PM and lead time per engineer you direct.</summary>
    public CostRange ClientManagementShare { get; init; } = new(0.10, 0.15, 0.20);

    /// <summary>Ours: your product owner, acceptance and vendor management when a vendor runs the work.</summary>
    public CostRange OutsourcingClientShare { get; init; } = new(0.05, 0.08, 0.12);

    /// <summary>Ours, after F14: change requests on a fixed scope that moves.</summary>
    public CostRange ScopeBufferEvolving { get; init; } = new(0.10, 0.25, 0.50);

    /// <summary>Ours, capped at F15's $60,000 → $120,000 (+100%).</summary>
    public CostRange ScopeBufferVolatile { get; init; } = new(0.25, 0.50, 1.00);

    /// <summary>Ours, after F48 and F49: assembling an offshore team is mostly a fixed cost (a legal set-up, a recruiting drive, a lead).</summary>
    public CostRange OffshoringSetupUsd { get; init; } = new(20_000, 40_000, 80_000);

    /// <summary>Ours: recruiting each member of the offshore team.</summary>
    public CostRange OffshoringSetupPerEngineerUsd { get; init; } = new(1_000, 3_000, 6_000);

    /// <summary>Ours: the share of full time a part-time engineer works.</summary>
    public double PartTimeShare { get; init; } = 0.5;

    /// <summary>Ours: the share of full time occasional maintenance or support takes (about three days a month).</summary>
    public double OccasionalShare { get; init; } = 0.15;

    public IReadOnlyList<AssumptionLine> Describe() =>
    [
        new("hours", "Billable hours of a full-time engineer per month", Formats.Number(HoursPerMonth), [], true),
        new("team-extension-rate", "Hourly rate, outstaffing and staff augmentation, nearshore (vendor-quoted)", Rate(TeamExtensionRateUsd), ["F32", "F33"], false),
        new("niche-rate", "Hourly rate of a senior specialist, when niche expertise is needed (vendor-quoted)", Rate(NicheRateUsd), ["F33"], false),
        new("outsourcing-markup", "Outsourcing price over the team-extension rate, for the vendor's PM, delivery management and QA", Percent(OutsourcingMarkup), ["F55"], true),
        new("offshoring-rate", "Hourly rate, offshoring (the sources quote none: we assume the same talent markets, a little cheaper once the team is yours)", Rate(OffshoringRateUsd), ["F37", "F49"], true),
        new("niche-offshoring-rate", "Hourly rate of a senior offshore specialist", Rate(NicheOffshoringRateUsd), [], true),
        new("onshore-rate", "Rates of engineers in your own country, against nearshore rates", Factor(OnshoreRateFactor), ["F37"], true),
        new("far-offshore-rate", "Rates of engineers far away (a large time difference), against nearshore rates", Factor(FarOffshoreRateFactor), ["F37"], true),
        new("ramp-weeks", "Weeks for each engineer to reach full speed (vendor-quoted)", $"{Formats.Number(RampWeeks.Low)}–{Formats.Number(RampWeeks.High)} weeks, likely {Formats.Number(RampWeeks.Likely)}", ["F35", "F16"], false),
        new("ramp-productivity", "Productivity while ramping up", Formats.Number(RampProductivity * 100, "0") + "%", ["F35"], true),
        new("client-management", "Your own PM and lead time per engineer you direct (outstaffing, staff augmentation, offshoring)", Percent(ClientManagementShare), ["F55", "F57"], true),
        new("outsourcing-client-time", "Your own time when a vendor runs the work: product owner, acceptance, vendor management", Percent(OutsourcingClientShare), ["F57"], true),
        new("scope-buffer-evolving", "Change-request buffer on outsourcing when scope is evolving", Percent(ScopeBufferEvolving), ["F14", "F57"], true),
        new("scope-buffer-volatile", "Change-request buffer on outsourcing when scope is volatile", Percent(ScopeBufferVolatile), ["F14", "F15"], true),
        new("offshoring-setup", "Assembling an offshore team, up front: a fixed part and a part per engineer", $"{Money(OffshoringSetupUsd)} plus {Money(OffshoringSetupPerEngineerUsd)} per engineer", ["F48", "F49"], true),
        new("workload", "Share of full time for part-time and occasional work", $"{Formats.Number(PartTimeShare * 100, "0")}% and {Formats.Number(OccasionalShare * 100, "0")}%", [], true),
        new("hiring-delay", "Staff augmentation avoids the US hiring search (time, not cost)", "40–60 days", ["F42"], false),
    ];

    private static string Rate(CostRange r) =>
        $"${Formats.Number(r.Low)}–{Formats.Number(r.High)}/hr, likely ${Formats.Number(r.Likely)}/hr";

    private static string Percent(CostRange r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Low * 100:0}–{r.High * 100:0}%, likely {r.Likely * 100:0}%");

    private static string Factor(CostRange r) => string.Create(CultureInfo.InvariantCulture,
        $"×{r.Low:0.##}–{r.High:0.##}, likely ×{r.Likely:0.##}");

    private static string Money(CostRange r) => $"{Formats.Usd(r.Low)}–{Formats.Usd(r.High)} (likely {Formats.Usd(r.Likely)})";
}
