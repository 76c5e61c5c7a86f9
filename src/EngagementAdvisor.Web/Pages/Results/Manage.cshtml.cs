using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>The creator's private page: confirm, then delete. A wrong manage token is a plain 404, to look at and to post to.</summary>
public sealed class ManageModel(AssessmentStore store, AssessmentService assessments) : PageModel
{
    public StoredAssessment Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, string manageToken, CancellationToken cancellationToken)
    {
        var lookup = await store.LookUpManagedAsync(token, manageToken, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup.Stored is not { } stored) return NotFound();
        Result = stored;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string manageToken, CancellationToken cancellationToken) =>
        await assessments.DeleteAsync(token, manageToken, cancellationToken)
            ? Redirect(ResultLinks.PathOf(token))
            : NotFound();
}
