using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Pages.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Assessments;

/// <summary>An admin's view of one stored result, by id: the share token cannot be shown because it is not stored.</summary>
public sealed class DetailModel(AssessmentStore store, ResultViews views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var stored = await store.FindByIdAsync(id, cancellationToken);
        if (stored is null) return NotFound();
        View = await views.ForAsync(stored, $"admin-{id}", $"Admin view of stored assessment #{id}, as computed with weights version {stored.WeightsVersion}.", cancellationToken);
        return Page();
    }
}
