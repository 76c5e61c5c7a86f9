using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

public sealed class ShowModel(AssessmentService assessments, KnowledgeCatalogue catalogue, WeightsStore weights) : PageModel
{
    /// <summary>The cost assumptions of the weights version this result was computed with, not today's.</summary>
    public IReadOnlyList<AssumptionLine> Assumptions { get; private set; } = [];

    public KnowledgeCatalogue Catalogue { get; } = catalogue;

    /// <summary>Keys the checklist ticks saved in the browser; a prefix of the token is enough to keep results apart.</summary>
    public string ChecklistScope => "r-" + Result.Token[..12];

    public StoredAssessment Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindAsync(token, cancellationToken);
        if (stored is null) return NotFound();
        Result = stored;
        Assumptions = (await weights.GetVersionAsync(stored.WeightsVersion, cancellationToken)).Costs.Describe();
        return Page();
    }
}
