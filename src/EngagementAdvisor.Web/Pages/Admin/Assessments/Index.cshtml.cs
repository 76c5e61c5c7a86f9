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
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AssessmentSummary> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    private AssessmentFilter Filter => new(EngagementModels.TryParse(Model, out var model) ? model : null, From, To);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Total = await store.CountAsync(Filter, cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = await store.ListAsync(Filter, (PageNumber - 1) * PageSize, PageSize, cancellationToken).ToListAsync(cancellationToken);
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
