using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>The questions that count towards a recommendation.</summary>
/// <remarks>The numeric values index arrays in the scorer; never reorder them.</remarks>
public enum Factor
{
    Control = 0,
    ScopeStability = 1,
    InHousePm = 2,
    Duration = 3,
    Budget = 4,
    TeamSize = 5,
    StartUrgency = 6,
    DataSensitivity = 7,
    NicheExpertise = 8,
}

/// <summary>One answer option of a factor, as the weights see it (numbers are bucketed into levels).</summary>
public sealed record FactorLevel(string Id, string Label);

/// <summary>
/// What a factor is called and which level an answer falls into. Numbers (duration, budget,
/// team size) are bucketed because the sources speak in bands ("6+ months", "many people"),
/// not in slopes.
/// </summary>
public sealed record FactorDefinition(Factor Factor, string Id, string Name, IReadOnlyList<FactorLevel> Levels)
{
    public int LevelIndex(string levelId)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (Levels[i].Id == levelId) return i;
        }
        return -1;
    }
}

public static class Factors
{
    public const int Count = 9;

    // Band edges; docs/scoring.md quotes them, so change both together.
    public const int OngoingFromMonths = 6;   // F36, F80: "6+ months of ongoing work"
    public const int LongFromMonths = 18;
    public const long MediumBudgetFromUsd = 50_000;    // F14: a $50,000 project is the sources' "typical" scoped build
    public const long LargeBudgetFromUsd = 500_000;
    public const int TeamFromPeople = 3;
    public const int LargeTeamFromPeople = 10;

    public static readonly IReadOnlyList<FactorDefinition> All =
    [
        new(Factor.Control, "control", "Day-to-day control",
            [new("low", "Low"), new("medium", "Medium"), new("high", "High")]),
        new(Factor.ScopeStability, "scope-stability", "Scope stability",
            [new("stable", "Stable"), new("evolving", "Evolving"), new("volatile", "Volatile")]),
        new(Factor.InHousePm, "in-house-pm", "In-house PM and tech leadership",
            [new("none", "None"), new("partial", "Partial"), new("strong", "Strong")]),
        new(Factor.Duration, "duration", "Duration",
            [new("short", "Under 6 months"), new("ongoing", "6 to 17 months"), new("long", "18 months or more")]),
        new(Factor.Budget, "budget", "Budget",
            [new("small", "Under $50,000"), new("medium", "$50,000 to $499,999"), new("large", "$500,000 or more")]),
        new(Factor.TeamSize, "team-size", "Team size",
            [new("individuals", "1 or 2 people"), new("team", "3 to 9 people"), new("large", "10 or more people")]),
        new(Factor.StartUrgency, "start-urgency", "How soon work must start",
            [new("asap", "As soon as possible"), new("soon", "Within a couple of months"), new("flexible", "Flexible")]),
        new(Factor.DataSensitivity, "data-sensitivity", "Data sensitivity",
            [new("low", "Low"), new("medium", "Medium"), new("high", "High")]),
        new(Factor.NicheExpertise, "niche-expertise", "Niche expertise missing in-house",
            [new("yes", "Yes"), new("no", "No")]),
    ];

    public static FactorDefinition Get(Factor factor) => All[(int)factor];

    public static bool TryParse(string? id, out Factor factor)
    {
        foreach (var definition in All)
        {
            if (definition.Id == id)
            {
                factor = definition.Factor;
                return true;
            }
        }
        factor = default;
        return false;
    }

    /// <summary>The level index an answer falls into, or -1 when the (optional) question was not answered.</summary>
    public static int LevelOf(this Questions.Answers answers, Factor factor) => factor switch
    {
        Factor.Control => (int)answers.Control,
        Factor.ScopeStability => (int)answers.ScopeStability,
        Factor.InHousePm => (int)answers.InHousePm,
        Factor.Duration => DurationLevel(answers.DurationMonths),
        Factor.Budget => BudgetLevel(answers.BudgetUsd),
        Factor.TeamSize => answers.TeamSize is { } size ? TeamSizeLevel(size) : -1,
        Factor.StartUrgency => answers.StartUrgency is { } urgency ? (int)urgency : -1,
        Factor.DataSensitivity => answers.DataSensitivity is { } sensitivity ? (int)sensitivity : -1,
        Factor.NicheExpertise => answers.NicheExpertise is { } niche ? (niche ? 0 : 1) : -1,
        _ => throw new ArgumentOutOfRangeException(nameof(factor)),
    };

    public static int DurationLevel(int months) => months < OngoingFromMonths ? 0 : months < LongFromMonths ? 1 : 2;

    public static int BudgetLevel(long usd) => usd < MediumBudgetFromUsd ? 0 : usd < LargeBudgetFromUsd ? 1 : 2;

    public static int TeamSizeLevel(int people) => people < TeamFromPeople ? 0 : people < LargeTeamFromPeople ? 1 : 2;
}
