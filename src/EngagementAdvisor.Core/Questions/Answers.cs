namespace EngagementAdvisor.Core.Questions;

/// <summary>How much day-to-day control the client wants over the engineers.</summary>
public enum ControlLevel { Low, Medium, High }

/// <summary>How stable and well defined the scope of the work is.</summary>
public enum ScopeStability { Stable, Evolving, Volatile }

/// <summary>In-house product/project management and technical leadership able to direct external engineers.</summary>
public enum InHousePm { None, Partial, Strong }

public enum StartUrgency { Asap, Soon, Flexible }

public enum DataSensitivity { Low, Medium, High }

/// <summary>
/// A product leader's answers to the questionnaire. Validated at the edge (web form, API);
/// the domain assumes the values are in range.
/// </summary>
public sealed record Answers
{
    public const int MinDurationMonths = 1;
    public const int MaxDurationMonths = 120;
    public const long MinBudgetUsd = 1_000;
    public const long MaxBudgetUsd = 100_000_000;
    public const int MinTeamSize = 1;
    public const int MaxTeamSize = 500;
    public const int MaxLabelLength = 120;

    public required ControlLevel Control { get; init; }
    public required ScopeStability ScopeStability { get; init; }
    public required InHousePm InHousePm { get; init; }
    public required int DurationMonths { get; init; }
    public required long BudgetUsd { get; init; }

    // Optional refinements: null means "not answered", and the factor then does not count.
    public int? TeamSize { get; init; }
    public StartUrgency? StartUrgency { get; init; }
    public DataSensitivity? DataSensitivity { get; init; }
    public bool? NicheExpertise { get; init; }
    public string? Label { get; init; }
}
