namespace EngagementAdvisor.Web.Data;

/// <summary>
/// One stored questionnaire and its result. Immutable once written: the result JSON is the
/// recommendation as it was computed with <see cref="WeightsVersion"/>, and it is shown as stored.
/// </summary>
public sealed class Assessment
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the share token; the token itself is never stored, so a database leak leaks no links.</summary>
    public byte[] TokenHash { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public int WeightsVersion { get; set; }

    // Answers as columns (wire ids), so admins can filter and export without parsing JSON.
    public string Control { get; set; } = "";
    public string ScopeStability { get; set; } = "";
    public string InHousePm { get; set; } = "";
    public int DurationMonths { get; set; }
    public long BudgetUsd { get; set; }
    public int? TeamSize { get; set; }
    public string? StartUrgency { get; set; }
    public string? DataSensitivity { get; set; }
    public bool? NicheExpertise { get; set; }
    public string? Label { get; set; }

    public string RecommendedModel { get; set; } = "";

    /// <summary>SHA-256 of the private manage token that can delete this result; null for rows from before manage links.</summary>
    public byte[]? ManageTokenHash { get; set; }

    /// <summary>Set when the creator deleted the result: its link then answers 410 Gone. Label and result are wiped.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>The share token of the result this one adjusted, encrypted with Data Protection (never stored in the clear).</summary>
    public string? AdjustedFromProtected { get; set; }

    /// <summary>The full recommendation (ranking, contributions, reasons) as computed at creation.</summary>
    public string ResultJson { get; set; } = "";
}
