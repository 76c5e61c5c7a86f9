using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

public sealed class ShowModel(AssessmentService assessments) : PageModel
{
    public StoredAssessment Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindAsync(token, cancellationToken);
        if (stored is null) return NotFound();
        Result = stored;
        return Page();
    }
}
