namespace EngagementAdvisor.Web.Data.Entities;

/// <summary>
/// One stored questionnaire and its result. Immutable once written, but for its deletion: the result JSON is the
/// advice as it was computed with <see cref="WeightsVersion"/>, and it is shown as stored.
/// </summary>
public sealed class Assessment
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the share token; the token itself is never stored, so a database leak leaks no links.</summary>
    public byte[] TokenHash { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public int WeightsVersion { get; set; }

    /// <summary>The answers as the API writes them (one field per answered question), so a new question needs no new column.</summary>
    public string AnswersJson { get; set; } = "{}";

    /// <summary>The recommended model's id, for the admins' filter.</summary>
    public string RecommendedModel { get; set; } = "";

    /// <summary>SHA-256 of the private manage token that can delete this result; null for rows from before manage links.</summary>
    public byte[]? ManageTokenHash { get; set; }

    /// <summary>Set when the creator deleted the result: its link then answers 410 Gone. Answers and advice are wiped.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>The share token of the result this one adjusted, encrypted with Data Protection (never stored in the clear).</summary>
    public string? AdjustedFromProtected { get; set; }

    /// <summary>
    /// The advice (ranking, contributions, reasons, robustness, tensions, costs) as computed at creation: its figures
    /// and ids, without the texts those ids word again when it is shown (<see cref="Core.Decision.AdviceWording"/>).
    /// </summary>
    public string ResultJson { get; set; } = "";

    /// <summary>Whether <see cref="ResultJson"/> still holds the words of the advice (rows from before issue 21), or only its ids and figures.</summary>
    public AdviceForm AdviceForm { get; set; } = AdviceForm.IdsAndFigures;

    /// <summary>
    /// The advice's ranking alone (the models' scores, as in <see cref="ResultJson"/>), for what reads every result:
    /// the CSV export and the weights preview read about 250 bytes a row instead of the whole advice. Null when deleted.
    /// </summary>
    public string? RankingJson { get; set; }

    /// <summary>
    /// For a result a workshop was closed into: its included participants (label, role, answers) and the facts the
    /// facilitator settled, frozen at closing (<see cref="Features.Workshops.FrozenWorkshop"/>). The page derives the
    /// spread and the decisive disagreements from them with the result's weights version. Null for other results.
    /// </summary>
    public string? WorkshopJson { get; set; }
}
