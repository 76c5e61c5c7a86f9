using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Assessments;

/// <summary>Stored assessments, newest first, filtered by recommended model and date; CSV export of the same filter.</summary>
public sealed class IndexModel(AssessmentStore store, AssessmentExport export) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Model { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    /// <summary>The page of results older than this one (by id); see <see cref="AssessmentStore.PageAsync"/>.</summary>
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    /// <summary>The page of results newer than this one (by id).</summary>
    [BindProperty(SupportsGet = true)] public long? After { get; set; }

    public AssessmentPage Results { get; private set; } = new([], false, false);

    private AssessmentFilter Filter => new(EngagementModels.TryParse(Model, out var model) ? model : null, From, To);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // No count of all results: at a million it would cost more than the page itself (issue 21).
        Results = await store.PageAsync(Filter, Before, After, PageSize, cancellationToken);
        return Page();
    }

    /// <summary>Written to the response as rows are read: the export does not hold the file in memory.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Response.ContentType = AssessmentExport.ContentType;
        Response.Headers.ContentDisposition = "attachment; filename=assessments.csv";
        await export.WriteAsync(Filter, Response.Body, cancellationToken);
        // The body is written; nothing else is.
        return new EmptyResult();
    }
}
