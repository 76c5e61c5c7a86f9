using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>What the result partial renders: the shared link, the admin view and the re-score view all use it.</summary>
public sealed record ResultView(
    StoredAssessment Result, KnowledgeCatalogue Catalogue, IReadOnlyList<AssumptionLine> Assumptions, string ChecklistScope, string? Notice = null)
{
    /// <summary>
    /// The checklist's element ids on a result page: the same for every result, so its HTML can be shared;
    /// <see cref="ChecklistScope"/> keeps the ticks of different results apart.
    /// </summary>
    public const string ChecklistIds = "result";

    /// <summary>"Outstaffing recommended for Acme, 25 November 2026": the page title and the link preview's title.</summary>
    public string Title
    {
        get
        {
            var winner = Core.Models.EngagementModels.DisplayName(Result.Recommendation.Recommended);
            var date = Core.Formats.Date(Result.CreatedAt);
            return Result.Answers.Label is { } label ? $"{winner} recommended for {label}, {date}" : $"{winner} recommended, {date}";
        }
    }

    public string Description =>
        $"An engagement-model recommendation: {Core.Models.EngagementModels.DisplayName(Result.Recommendation.Recommended)} ranks first of outsourcing, outstaffing, offshoring and staff augmentation.";
}

/// <summary>Builds result views with the cost assumptions of the result's own weights version, not today's.</summary>
public sealed class ResultViews(KnowledgeCatalogue catalogue, WeightsStore weights)
{
    public async Task<ResultView> ForAsync(StoredAssessment stored, string checklistScope, string? notice = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var assumptions = (await weights.GetVersionAsync(stored.WeightsVersion, cancellationToken)).Costs.Describe();
        return new ResultView(stored, catalogue, assumptions, checklistScope, notice);
    }
}
