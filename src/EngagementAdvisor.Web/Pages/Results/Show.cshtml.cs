using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

public sealed class ShowModel(AssessmentService assessments, KnowledgeCatalogue catalogue) : PageModel
{
    public KnowledgeCatalogue Catalogue { get; } = catalogue;

    /// <summary>Keys the checklist ticks saved in the browser; a prefix of the token is enough to keep results apart.</summary>
    public string ChecklistScope => "r-" + Result.Token[..12];

    public StoredAssessment Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var stored = await assessments.FindAsync(token, cancellationToken);
        if (stored is null) return NotFound();
        Result = stored;
        return Page();
    }
}
