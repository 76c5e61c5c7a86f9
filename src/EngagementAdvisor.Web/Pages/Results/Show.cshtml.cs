using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = ResultPageCachePolicy.Name)]
public sealed class ShowModel(AssessmentStore store, ResultViews views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    /// <summary>The private manage link, present only on the first view right after creation.</summary>
    public string? ManageUrl { get; private set; }

    public string ShareUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, [FromQuery] string? report, CancellationToken cancellationToken)
    {
        var lookup = await store.LookUpAsync(token, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup.Stored is not { } stored) return NotFound();
        ShareUrl = ResultLinks.UrlOf(Request, stored.Token).ToString();
        if (ManageLinkOffer.Take(Request, TempData) is { } manageToken) ManageUrl = ResultLinks.ManageUrlOf(Request, stored.Token, manageToken).ToString();
        // A prefix of the token is enough to keep the checklist ticks of different results apart.
        View = await views.ForAsync(stored, "r-" + stored.Token[..12], cancellationToken: cancellationToken);
        // The full report opens every section, on screen and on paper; any other value is the summary.
        View = View with { FullReport = report == "full", ShareUrl = ShareUrl };
        return Page();
    }
}
