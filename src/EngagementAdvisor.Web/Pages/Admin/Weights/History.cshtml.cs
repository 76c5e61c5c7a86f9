using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Weights;

public sealed class HistoryModel(WeightVersions versions) : PageModel
{
    public IReadOnlyList<WeightSetVersion> Versions { get; private set; } = [];
    public IReadOnlyList<VersionChange>? Changes { get; private set; }
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    [BindProperty(SupportsGet = true)] public int? Saved { get; set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await versions.HistoryAsync(cancellationToken);
        if (From is { } from && To is { } to)
        {
            if (!Versions.Any(v => v.Version == from) || !Versions.Any(v => v.Version == to))
            {
                Message = "Choose two versions that exist.";
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            Changes = await versions.DiffAsync(from, to, cancellationToken);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRollBackAsync(int version, int baseVersion, string? comment, CancellationToken cancellationToken)
    {
        Versions = await versions.HistoryAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(comment) || comment.Length > Features.Weights.WeightsFormValidator.CommentMaxLength || !Versions.Any(v => v.Version == version))
        {
            Message = string.IsNullOrWhiteSpace(comment) ? "Say why you are rolling back; the comment is kept with the new version."
                : comment.Length > Features.Weights.WeightsFormValidator.CommentMaxLength ? "The comment can be at most 1,000 characters."
                : "That version does not exist.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await versions.RollBackAsync(version, baseVersion, User.Identity?.Name ?? "admin", comment, cancellationToken);
        if (outcome is SaveOutcome.Conflict conflict)
        {
            Message = $"Not rolled back: version {conflict.Latest} was saved after you loaded this page (at version {baseVersion}). Reload and try again.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/admin/weights/history?saved={((SaveOutcome.Saved)outcome).Version}");
    }
}
