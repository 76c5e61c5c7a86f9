using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;

namespace EngagementAdvisor.Web.Pages.Results;

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
