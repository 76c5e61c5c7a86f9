using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = ResultPageCachePolicy.Name)]
public sealed class ShowModel(AssessmentService assessments, ResultViews views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    /// <summary>The private manage link, present only on the first view right after creation.</summary>
    public string? ManageUrl { get; private set; }

    public string ShareUrl { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var (lookup, stored) = await assessments.LookUpAsync(token, cancellationToken);
        if (lookup == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (stored is null) return NotFound();
        ShareUrl = ResultLinks.UrlOf(Request, stored.Token).ToString();
        // Touching TempData makes the response clear its cookie, and a response that sets a cookie is never
        // cached: so look only when the request brought one (the creator's first view).
        if (Request.Cookies.ContainsKey(ResultPageCachePolicy.TempDataCookie)
            && TempData[Assess.IndexModel.ManageTokenKey] is string manageToken)
        {
            ManageUrl = ResultLinks.ManageUrlOf(Request, stored.Token, manageToken).ToString();
        }
        // A prefix of the token is enough to keep the checklist ticks of different results apart.
        View = await views.ForAsync(stored, "r-" + stored.Token[..12], cancellationToken: cancellationToken);
        return Page();
    }
}
