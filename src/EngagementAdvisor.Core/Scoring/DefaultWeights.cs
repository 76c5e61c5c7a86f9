using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The weights seeded as version 1. Each line cites the facts (../shared/domain/facts.md) it encodes;
/// docs/scoring.md explains the reasoning. Affinities run from −2 (the answer argues against the
/// model) to +2 (it argues for it), in the order outsourcing, outstaffing, offshoring, staff augmentation.
/// </summary>
public static class DefaultWeights
{
    /// <summary>F34: without a strong PM and tech lead, the team-extension models are probably the wrong choice.</summary>
    public static IReadOnlyList<KnockOutRule> KnockOuts { get; } =
    [
        new("no-pm-outstaffing", "in-house-pm", "none", "outstaffing", KnockOutEffect.Penalty, 20,
            "Outstaffed engineers need your own PM and tech lead to direct them, and you have none.", ["F34", "F22"]),
        new("no-pm-staff-augmentation", "in-house-pm", "none", "staff-augmentation", KnockOutEffect.Penalty, 20,
            "Augmented specialists work under your direction, and you have no PM or tech lead to give it.", ["F34", "F40", "F43"]),
    ];

    public static WeightSet Create() => new(
    [
        // F76: who manages the team is the main difference; F34: no strong PM → team extension is the wrong choice.
        new("in-house-pm", 10,
        [
            new("none", 2, -2, -1, -2),      // F20, F34, F79
            new("partial", 1, 0, 0, 0),
            new("strong", -1, 2, 1, 2),      // F79, F39
        ]),
        // F77: high control → outstaffing / staff augmentation / offshoring; low → outsourcing.
        new("control", 8,
        [
            new("low", 2, -2, -1, -2),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 2, 2, 2),        // F22, F45
        ]),
        // F78: stable → outsourcing with fixed price; changing → outstaffing or offshoring. F10, F14.
        new("scope-stability", 7,
        [
            new("stable", 2, 0, -1, 0),
            new("evolving", 0, 1, 1, 1),
            new("volatile", -2, 2, 2, 1),    // F47
        ]),
        // F80: short one-off → outsourcing; 6+ months → outstaffing (F36); long-term → offshoring. F43: spikes → augmentation.
        new("duration", 6,
        [
            new("short", 2, -1, -2, 1),
            new("ongoing", 0, 2, 0, 1),
            new("long", -1, 1, 2, 0),
        ]),
        // F81: small and immediate → outsourcing; able to invest up front → offshoring (F49).
        new("budget", 4,
        [
            new("small", 2, 0, -2, 1),
            new("medium", 1, 1, 0, 1),
            new("large", 0, 1, 2, 0),
        ]),
        // F43, F84: individual specialists → augmentation; F47: many people → offshoring.
        new("team-size", 4,
        [
            new("individuals", 0, 0, -2, 2),
            new("team", 1, 1, 0, 0),
            new("large", 0, 1, 2, -1),
        ]),
        // F19, F82: confidentiality is harder to guarantee when outsourced; F50: offshoring suits it.
        new("data-sensitivity", 4,
        [
            new("low", 1, 0, 0, 0),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 1, 2, 1),        // F19, F50, F82; F25, F63: your tools and access controls
        ]),
        // F42, F84: needed fast → augmentation; F17: outsourcing is quick to start; F32: outstaffing onboards in 1–2 weeks; F48: offshoring needs time.
        new("start-urgency", 3,
        [
            new("asap", 1, 1, -2, 2),
            new("soon", 0, 0, -1, 0),
            new("flexible", 0, 0, 1, 0),
        ]),
        // F18, F83: niche expertise missing → outsourcing; F43: specialised skill gaps → augmentation.
        new("niche-expertise", 3,
        [
            new("yes", 2, 0, -1, 2),
            new("no", 0, 0, 0, 0),
        ]),
    ], KnockOuts, CostAssumptions.Default);
}
