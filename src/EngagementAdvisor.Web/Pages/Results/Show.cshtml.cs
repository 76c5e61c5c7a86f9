using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

public sealed class ShowModel(AssessmentService assessments, KnowledgeCatalogue catalogue, WeightsStore weights) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindAsync(token, cancellationToken);
        if (stored is null) return NotFound();
        // The cost assumptions of the version this result was computed with, not today's.
        var assumptions = (await weights.GetVersionAsync(stored.WeightsVersion, cancellationToken)).Costs.Describe();
        // A prefix of the token is enough to keep the checklist ticks of different results apart.
        View = new ResultView(stored, catalogue, assumptions, "r-" + stored.Token[..12]);
        return Page();
    }
}
