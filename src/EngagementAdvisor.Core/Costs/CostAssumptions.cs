using System.Globalization;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// Every number the cost estimate uses. Plain data, stored inside each weight set version, so admins can
/// tune it and a stored result keeps the assumptions it was computed with. Figures the sources quote carry
/// their fact ids; the rest are our assumptions and are labelled as such wherever they are shown.
/// </summary>
public sealed record CostAssumptions(
    int DefaultTeamSize,
    double HoursPerMonth,
    CostRange TeamExtensionRateUsd,
    CostRange OutsourcingMarkup,
    CostRange OffshoringRateUsd,
    CostRange RampWeeks,
    double RampProductivity,
    CostRange ClientManagementShare,
    CostRange ScopeBufferEvolving,
    CostRange ScopeBufferVolatile,
    CostRange OffshoringSetupMonths)
{
    public const double WeeksPerMonth = 4.33;

    public static CostAssumptions Default { get; } = new(
        DefaultTeamSize: 3,
        HoursPerMonth: 160,
        TeamExtensionRateUsd: new(25, 45, 80),          // F32: $25–80/hr; likely = middle of F33's $35–55/hr mid-level rate
        OutsourcingMarkup: new(0.15, 0.25, 0.35),        // ours: the vendor price includes PM, delivery management and QA (F55)
        OffshoringRateUsd: new(25, 40, 70),              // ours: no offshoring rates in the sources; same talent markets (F37), a little lower once set up (F49)
        RampWeeks: new(2, 3, 4),                         // F35 (per new hire), F16 (outsourcing onboarding): 2–4 weeks
        RampProductivity: 0.5,                           // ours: half speed while ramping up
        ClientManagementShare: new(0.10, 0.15, 0.20),    // ours: your PM/lead time per engineer (F55: management cost is internal)
        ScopeBufferEvolving: new(0.10, 0.25, 0.50),      // ours, after F14: change requests on a fixed scope
        ScopeBufferVolatile: new(0.25, 0.50, 1.00),      // ours, capped at F15's $60,000 → $120,000 (+100%)
        OffshoringSetupMonths: new(1, 1.5, 2));          // ours, after F49 and F48: set-up before the team runs

    public IReadOnlyList<AssumptionLine> Describe() =>
    [
        new("team-size", "Team size when not given", $"{DefaultTeamSize} engineers", [], true),
        new("hours", "Billable hours per engineer per month", Formats.Number(HoursPerMonth), [], true),
        new("team-extension-rate", "Hourly rate, outstaffing and staff augmentation (vendor-quoted)", Rate(TeamExtensionRateUsd), ["F32", "F33"], false),
        new("outsourcing-markup", "Outsourcing price over the team-extension rate, for the vendor's PM, delivery management and QA", Percent(OutsourcingMarkup), ["F55"], true),
        new("offshoring-rate", "Hourly rate, offshoring (the sources quote none: we assume the same talent markets, a little cheaper once the team is yours, since offshoring saves money in the long run)", Rate(OffshoringRateUsd), ["F37", "F49"], true),
        new("ramp-weeks", "Weeks for each engineer to reach full speed (vendor-quoted)", $"{Formats.Number(RampWeeks.Low)}–{Formats.Number(RampWeeks.High)} weeks, likely {Formats.Number(RampWeeks.Likely)}", ["F35", "F16"], false),
        new("ramp-productivity", "Productivity while ramping up", Formats.Number(RampProductivity * 100, "0") + "%", ["F35"], true),
        new("client-management", "Your own PM/lead time per engineer (outstaffing, staff augmentation, offshoring)", Percent(ClientManagementShare), ["F55", "F57"], true),
        new("scope-buffer-evolving", "Change-request buffer on outsourcing when scope is evolving", Percent(ScopeBufferEvolving), ["F14", "F57"], true),
        new("scope-buffer-volatile", "Change-request buffer on outsourcing when scope is volatile", Percent(ScopeBufferVolatile), ["F14", "F15"], true),
        new("offshoring-setup", "Offshoring up-front set-up, in months of team cost", $"{Formats.Number(OffshoringSetupMonths.Low)}–{Formats.Number(OffshoringSetupMonths.High)} months, likely {Formats.Number(OffshoringSetupMonths.Likely)}", ["F49", "F48"], true),
        new("hiring-delay", "Staff augmentation avoids the US hiring search (time, not cost)", "40–60 days", ["F42"], false),
    ];

    private static string Rate(CostRange r) =>
        $"${Formats.Number(r.Low)}–{Formats.Number(r.High)}/hr, likely ${Formats.Number(r.Likely)}/hr";

    private static string Percent(CostRange r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Low * 100:0}–{r.High * 100:0}%, likely {r.Likely * 100:0}%");
}
