using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Pages.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Assessments;

/// <summary>An admin's view of one stored result, by id: the share token cannot be shown because it is not stored.</summary>
public sealed class DetailModel(AssessmentService assessments, KnowledgeCatalogue catalogue, WeightsStore weights) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindByIdAsync(id, cancellationToken);
        if (stored is null) return NotFound();
        var assumptions = (await weights.GetVersionAsync(stored.WeightsVersion, cancellationToken)).Costs.Describe();
        View = new ResultView(stored, catalogue, assumptions, $"admin-{id}", $"Admin view of stored assessment #{id}, as computed with weights version {stored.WeightsVersion}.");
        return Page();
    }
}
