namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// Every cost assumption an admin can edit, in the order the editor shows them: rates first, then what changes the
/// hours, then the shares of your own time, then the buffers and set-up costs.
/// </summary>
public static class AssumptionFields
{
    private const AssumptionSource Vendor = AssumptionSource.VendorFigure;
    private const AssumptionSource Ours = AssumptionSource.OurAssumption;

    public static IReadOnlyList<AssumptionField> All { get; } =
    [
        Range("teamExtensionRateUsd", "Hourly rate, outstaffing and staff augmentation", AssumptionUnit.UsdPerHour, 1, 1_000, Vendor, ["F32", "F33"],
            "What a nearshore engineer costs an hour through a vendor. The team-extension models' cost, and the base of outsourcing's price.",
            c => c.TeamExtensionRateUsd, (c, r) => c with { TeamExtensionRateUsd = r }),
        Range("nicheRateUsd", "Hourly rate of a senior specialist", AssumptionUnit.UsdPerHour, 1, 1_000, Vendor, ["F33"],
            "Used instead of the rate above when the client needs niche expertise (ML, DevOps, senior front-end).",
            c => c.NicheRateUsd, (c, r) => c with { NicheRateUsd = r }),
        Range("offshoringRateUsd", "Hourly rate, offshoring", AssumptionUnit.UsdPerHour, 1, 1_000, Ours, ["F37", "F49"],
            "An engineer of your own offshore team. The sources quote no rate: the same talent markets, a little cheaper once the team is yours.",
            c => c.OffshoringRateUsd, (c, r) => c with { OffshoringRateUsd = r }),
        Range("nicheOffshoringRateUsd", "Hourly rate of a senior offshore specialist", AssumptionUnit.UsdPerHour, 1, 1_000, Ours, [],
            "Used for offshoring instead of the rate above when niche expertise is needed.",
            c => c.NicheOffshoringRateUsd, (c, r) => c with { NicheOffshoringRateUsd = r }),
        Range("outsourcingMarkup", "Outsourcing price above the team-extension rate", AssumptionUnit.Percent, 0, 300, Ours, ["F55"],
            "The vendor's project management, delivery management and QA, included in an outsourcing price.",
            c => c.OutsourcingMarkup, (c, r) => c with { OutsourcingMarkup = r }),
        Range("onshoreRateFactor", "Rates in your own country, against nearshore", AssumptionUnit.Multiplier, 0.1, 10, Ours, ["F37"],
            "Applied to every rate when the client wants the team onshore.",
            c => c.OnshoreRateFactor, (c, r) => c with { OnshoreRateFactor = r }),
        Range("farOffshoreRateFactor", "Rates far away, against nearshore", AssumptionUnit.Multiplier, 0.1, 10, Ours, ["F37"],
            "Applied to every rate when the client accepts a team with a large time difference.",
            c => c.FarOffshoreRateFactor, (c, r) => c with { FarOffshoreRateFactor = r }),
        Single("hoursPerMonth", "Billable hours of a full-time engineer", AssumptionUnit.HoursPerMonth, 1, 744, Ours, [],
            "Turns hourly rates into monthly costs.",
            c => c.HoursPerMonth, (c, v) => c with { HoursPerMonth = v }),
        Single("partTimeShare", "Part-time work, as a share of full time", AssumptionUnit.Percent, 1, 100, Ours, [],
            "The hours billed when the client answers that the work is part-time.",
            c => c.PartTimeShare, (c, v) => c with { PartTimeShare = v }),
        Single("occasionalShare", "Occasional work, as a share of full time", AssumptionUnit.Percent, 1, 100, Ours, [],
            "The hours billed for occasional maintenance or support (15% is about three days a month).",
            c => c.OccasionalShare, (c, v) => c with { OccasionalShare = v }),
        Range("rampWeeks", "Weeks for each engineer to reach full speed", AssumptionUnit.Weeks, 0, 52, Vendor, ["F35", "F16"],
            "Paid time at reduced output at the start of every engagement, for each new engineer.",
            c => c.RampWeeks, (c, r) => c with { RampWeeks = r }),
        Single("rampProductivity", "Productivity while ramping up", AssumptionUnit.Percent, 0, 100, Ours, ["F35"],
            "How much of a full engineer's output the client gets during those weeks.",
            c => c.RampProductivity, (c, v) => c with { RampProductivity = v }),
        Range("clientManagementShare", "Your own management time per engineer you direct", AssumptionUnit.Percent, 0, 100, Ours, ["F55", "F57"],
            "Your PM's and leads' time, added to outstaffing, staff augmentation and offshoring: the vendor does not manage the work.",
            c => c.ClientManagementShare, (c, r) => c with { ClientManagementShare = r }),
        Range("outsourcingClientShare", "Your own time when a vendor runs the work", AssumptionUnit.Percent, 0, 100, Ours, ["F57"],
            "Product owner, acceptance and vendor management, added to outsourcing.",
            c => c.OutsourcingClientShare, (c, r) => c with { OutsourcingClientShare = r }),
        Range("scopeBufferEvolving", "Change-request buffer on outsourcing, scope evolving", AssumptionUnit.Percent, 0, 300, Ours, ["F14", "F57"],
            "Added to an outsourcing price when the client expects the scope to evolve.",
            c => c.ScopeBufferEvolving, (c, r) => c with { ScopeBufferEvolving = r }),
        Range("scopeBufferVolatile", "Change-request buffer on outsourcing, scope volatile", AssumptionUnit.Percent, 0, 300, Ours, ["F14", "F15"],
            "Added to an outsourcing price when the scope is volatile; F15's wrong choice doubles a project.",
            c => c.ScopeBufferVolatile, (c, r) => c with { ScopeBufferVolatile = r }),
        Range("offshoringSetupUsd", "Setting up an offshore team, fixed part", AssumptionUnit.Usd, 0, 10_000_000, Ours, ["F48", "F49"],
            "Legal set-up, a recruiting drive and a lead, paid once before the team works.",
            c => c.OffshoringSetupUsd, (c, r) => c with { OffshoringSetupUsd = r }),
        Range("offshoringSetupPerEngineerUsd", "Setting up an offshore team, per engineer", AssumptionUnit.Usd, 0, 1_000_000, Ours, [],
            "Recruiting each member of the offshore team, paid once.",
            c => c.OffshoringSetupPerEngineerUsd, (c, r) => c with { OffshoringSetupPerEngineerUsd = r }),
    ];

    /// <summary>The field with this key, or null.</summary>
    public static AssumptionField? Find(string? key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    private static AssumptionField Range(
        string key, string label, AssumptionUnit unit, double min, double max, AssumptionSource source, string[] facts, string help,
        Func<CostAssumptions, CostRange> get, Func<CostAssumptions, CostRange, CostAssumptions> set) =>
        new(key, label, unit, min, max, isRange: true, source, facts, help, get, set);

    private static AssumptionField Single(
        string key, string label, AssumptionUnit unit, double min, double max, AssumptionSource source, string[] facts, string help,
        Func<CostAssumptions, double> get, Func<CostAssumptions, double, CostAssumptions> set) =>
        new(key, label, unit, min, max, isRange: false, source, facts, help,
            c => new CostRange(get(c), get(c), get(c)), (c, r) => set(c, r.Likely));
}
