using System.Globalization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Benchmarks;

/// <summary>
/// Representative questionnaires, taken from the Core tests: one per recommended model, the middle ground with every
/// optional refinement answered, and a close call (which adds the separators).
/// </summary>
public static class Scenarios
{
    public static readonly IReadOnlyDictionary<string, Answers> ByName = new Dictionary<string, Answers>
    {
        // ScorerTests: the textbook outsourcing case (no PM, so both knock-outs fire).
        ["outsourcing"] = Of("low", "stable", "none", 4, 60_000),
        // ScorerTests: long, large, volatile, confidential work with full control and the leadership to take it over.
        ["offshoring"] = Of("high", "volatile", "strong", 36, 6_000_000, team: 20, urgency: "flexible", sensitivity: "high"),
        // ScorerTests: an urgent skill gap for one specialist, every refinement answered.
        ["staff-augmentation"] = Of("high", "evolving", "strong", 4, 60_000, team: 1, urgency: "asap", sensitivity: "medium", niche: "yes"),
        // RobustnessTests: strong PM, evolving scope, 18 months — outstaffing and staff augmentation close.
        ["team-extension"] = Of("high", "evolving", "strong", 18, 400_000),
        // ConsultantScenarioTests: the middle ground, with every refinement answered.
        ["middle-ground"] = Of("medium", "evolving", "partial", 12, 600_000, team: 4, urgency: "soon", sensitivity: "medium", niche: "no",
            workload: "full-time", location: "nearshore", residency: "no"),
    };

    public static IEnumerable<string> Names => ByName.Keys;

    private static Answers Of(string control, string scope, string pm, int months, long budget,
        int? team = null, string? urgency = null, string? sensitivity = null, string? niche = null,
        string? workload = null, string? location = null, string? residency = null) =>
        Answers.Of(Questionnaire.Default, new Dictionary<string, string?>
        {
            ["control"] = control, ["scope-stability"] = scope, ["in-house-pm"] = pm,
            ["duration"] = months.ToString(CultureInfo.InvariantCulture), ["budget"] = budget.ToString(CultureInfo.InvariantCulture),
            ["team-size"] = team?.ToString(CultureInfo.InvariantCulture), ["start-urgency"] = urgency,
            ["data-sensitivity"] = sensitivity, ["niche-expertise"] = niche,
            ["workload"] = workload, ["team-location"] = location, ["data-residency"] = residency,
        });
}
