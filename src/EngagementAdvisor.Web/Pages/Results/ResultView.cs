using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>What the result partial renders: the shared link, the admin view and the re-score view all use it.</summary>
public sealed record ResultView(
    StoredAssessment Result, KnowledgeCatalogue Catalogue, IReadOnlyList<AssumptionLine> Assumptions, string ChecklistScope, string? Notice = null)
{
    /// <summary>
    /// The checklist's element ids on a result page, the same for every result (ids need not be unique across pages);
    /// <see cref="ChecklistScope"/> keeps the ticks of different results apart.
    /// </summary>
    public const string ChecklistIds = "result";

    /// <summary>The two or three answers that set the recommended model apart from <see cref="ApartFrom"/>.</summary>
    public IReadOnlyList<Reason> ReasonsApart { get; init; } = [];

    /// <summary>The runner-up, or the third model when the first two are one arrangement under two names.</summary>
    public EngagementModel ApartFrom { get; init; }

    /// <summary>The result's public link, on the shared page only: it brings the share and print controls.</summary>
    public string? ShareUrl { get; init; }

    /// <summary>For a result a workshop was closed into: the group's analysis, derived with the result's own weights.</summary>
    public Core.Workshops.WorkshopAnalysis? Group { get; init; }

    /// <summary>Every section opened, for the full report (<c>?report=full</c>): on screen, and on paper.</summary>
    public bool FullReport { get; init; }

    /// <summary>"Outstaffing recommended for Acme, 25 November 2026": the page title and the link preview's title.</summary>
    public string Title
    {
        get
        {
            var winner = Result.Recommendation.Recommended.DisplayName();
            var date = Core.Formats.Date(Result.CreatedAt);
            return Result.Answers.Label is { } label ? $"{winner} recommended for {label}, {date}" : $"{winner} recommended, {date}";
        }
    }

    public string Description =>
        $"An engagement-model recommendation: {Result.Recommendation.Recommended.DisplayName()} ranks first of outsourcing, outstaffing, offshoring and staff augmentation.";
}
