using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Benchmarks;

/// <summary>
/// Representative questionnaires, taken from the Core tests: one per recommended model, plus a close
/// call (which adds the separators) and one with every optional refinement answered.
/// </summary>
public static class Scenarios
{
    public static readonly IReadOnlyDictionary<string, Answers> ByName = new Dictionary<string, Answers>
    {
        // ScorerTests: the textbook outsourcing case (no PM, so both knock-outs fire).
        ["outsourcing"] = new()
        {
            Control = ControlLevel.Low, ScopeStability = ScopeStability.Stable, InHousePm = InHousePm.None,
            DurationMonths = 4, BudgetUsd = 60_000,
        },
        // ScorerTests: long, large, volatile, confidential work with full control.
        ["offshoring"] = new()
        {
            Control = ControlLevel.High, ScopeStability = ScopeStability.Volatile, InHousePm = InHousePm.Partial,
            DurationMonths = 36, BudgetUsd = 3_000_000, TeamSize = 20, StartUrgency = StartUrgency.Flexible,
            DataSensitivity = DataSensitivity.High,
        },
        // ScorerTests: an urgent skill gap for one specialist, every refinement answered.
        ["staff-augmentation"] = new()
        {
            Control = ControlLevel.High, ScopeStability = ScopeStability.Evolving, InHousePm = InHousePm.Strong,
            DurationMonths = 4, BudgetUsd = 60_000, TeamSize = 1, StartUrgency = StartUrgency.Asap,
            DataSensitivity = DataSensitivity.Medium, NicheExpertise = true,
        },
        // RobustnessTests: strong PM, evolving scope, 18 months — outstaffing and staff augmentation close.
        ["team-extension"] = new()
        {
            Control = ControlLevel.High, ScopeStability = ScopeStability.Evolving, InHousePm = InHousePm.Strong,
            DurationMonths = 18, BudgetUsd = 400_000,
        },
    };

    public static IEnumerable<string> Names => ByName.Keys;
}
