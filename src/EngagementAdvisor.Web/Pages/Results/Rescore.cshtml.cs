using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>What a shared result would say under today's weights. A view only: the stored result is untouched.</summary>
public sealed class RescoreModel(AssessmentStore store, AssessmentService assessments, ResultViews views) : PageModel
{
    public ResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if ((await store.LookUpAsync(token, cancellationToken)).Stored is not { } stored) return NotFound();
        var rescored = await assessments.RescoreAsync(stored, cancellationToken);
        var before = stored.Recommendation.Recommended;
        var after = rescored.Recommendation.Recommended;
        var notice = rescored.WeightsVersion == stored.WeightsVersion
            ? $"The weights have not changed since this result was computed (version {stored.WeightsVersion}); re-scoring gives the same result."
            : $"What-if view: these answers re-scored with the current weights (version {rescored.WeightsVersion}). The stored result, computed with version {stored.WeightsVersion}, recommended {before.DisplayName()}; now {after.DisplayName()} comes first. Nothing stored has changed.";
        View = await views.ForAsync(rescored, "r-" + stored.Token[..12], notice, cancellationToken);
        return Page();
    }
}
