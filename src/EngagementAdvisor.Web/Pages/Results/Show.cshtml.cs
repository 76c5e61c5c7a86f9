using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

public sealed class ShowModel(AssessmentService assessments, ResultViews views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindAsync(token, cancellationToken);
        if (stored is null) return NotFound();
        // A prefix of the token is enough to keep the checklist ticks of different results apart.
        View = await views.ForAsync(stored, "r-" + stored.Token[..12], cancellationToken: cancellationToken);
        return Page();
    }
}
