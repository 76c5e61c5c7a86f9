using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>
/// Builds result views with the result's own weights version, not today's: its cost assumptions, and the reasons that
/// set the recommended model apart, which depend on the rules of that version.
/// </summary>
public sealed class ResultViews(KnowledgeCatalogue catalogue, WeightsStore weights)
{
    public async Task<ResultView> ForAsync(StoredAssessment stored, string checklistScope, string? notice = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var weightSet = await weights.GetVersionAsync(stored.WeightsVersion, cancellationToken);
        var recommendation = stored.Recommendation;
        // One arrangement under two names (F40): what sets it apart is what it has over the third model.
        var other = stored.Advice.Robustness.SameArrangement is null ? recommendation.RunnerUp : recommendation.Ranking[2].Model;
        var apart = Robustness.ReasonsApart(stored.Answers, recommendation, weightSet, other);
        return new ResultView(stored, catalogue, weightSet.Costs.Describe(), checklistScope, notice)
        {
            ReasonsApart = apart,
            ApartFrom = other,
            Group = stored.Workshop?.Analyse(stored.Answers.Questionnaire, weightSet),
        };
    }
}
