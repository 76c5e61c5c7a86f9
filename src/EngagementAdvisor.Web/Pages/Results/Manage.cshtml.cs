using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>The creator's private page: confirm, then delete. A wrong manage token is a plain 404, to look at and to post to.</summary>
public sealed class ManageModel(AssessmentService assessments) : PageModel
{
    public StoredAssessment Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, string manageToken, CancellationToken cancellationToken)
    {
        var (lookup, _) = await assessments.LookUpAsync(token, cancellationToken);
        if (lookup == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        // Only the real manage link shows the page: any other is as unknown as a wrong share token.
        if (await assessments.FindManagedAsync(token, manageToken, cancellationToken) is not { } stored) return NotFound();
        Result = stored;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, string manageToken, CancellationToken cancellationToken) =>
        await assessments.DeleteAsync(token, manageToken, cancellationToken)
            ? Redirect(ResultLinks.PathOf(token))
            : NotFound();
}
