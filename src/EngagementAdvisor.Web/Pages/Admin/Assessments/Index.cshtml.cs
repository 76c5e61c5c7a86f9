using System.Globalization;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Assessments;

/// <summary>
/// Stored assessments, newest first, filtered by recommended model and date; CSV export of the filter the list shows.
/// A filter that cannot be read, or that no result could match, is refused with a message (400) rather than listed empty.
/// </summary>
public sealed class IndexModel(AssessmentStore store, AssessmentExport export) : PageModel
{
    public const int PageSize = 50;

    private static readonly AssessmentFilterFormValidator Validator = new();

    // Raw text: a hand-edited link may hold anything, and the message names what it held.
    [BindProperty(SupportsGet = true)] public string? Model { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    /// <summary>The page of results older than this one (by id); see <see cref="AssessmentStore.PageAsync"/>.</summary>
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    /// <summary>The page of results newer than this one (by id).</summary>
    [BindProperty(SupportsGet = true)] public long? After { get; set; }

    /// <summary>
    /// The filter the list on the screen was drawn with, as the form sends it back (a hidden field holding
    /// <see cref="FilterText"/>); null from a link or a script.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "shown")] public string? ShownFilter { get; set; }

    /// <summary>The admin pressed Export after changing the filter without applying it, and was shown its list first.</summary>
    [BindProperty(SupportsGet = true)] public bool Changed { get; set; }

    /// <summary>Messages by field ("Model", "From", "To", and <see cref="AssessmentFilterFormValidator.Range"/>).</summary>
    public FieldErrors Errors { get; } = new();

    public AssessmentPage Results { get; private set; } = new([], false, false);

    private AssessmentFilterForm Form => new(Model, From, To);

    /// <summary>This request's filter as the <c>shown</c> field spells it, for a filter the validator accepted.</summary>
    public string FilterText => Spelled(Form.ToFilter());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Errors.AddValidation(await Validator.ValidateAsync(Form, cancellationToken));
        if (Errors.Count > 0)
        {
            // Nothing is listed: an empty list would read as "no results", which is not what is wrong.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // No count of all results: at a million it would cost more than the page itself (issue 21).
        Results = await store.PageAsync(Form.ToFilter(), Before, After, PageSize, cancellationToken);
        return Page();
    }

    /// <summary>
    /// The CSV of every result in the filter, written to the response as rows are read (the file is never held in
    /// memory). The page's Export button is a second submit button of the same GET form as Filter (name "handler",
    /// value "Csv"), so the export takes the filter in the fields, with or without JavaScript. The form also sends back
    /// the filter its list was drawn with (<c>shown</c>): when the two differ, the admin changed the fields without
    /// pressing Filter, and rather than a file that does not match the list on the screen, they get the list of the new
    /// filter first, and export it from there. A link or a script without <c>shown</c> exports the filter it names.
    /// </summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var validation = await Validator.ValidateAsync(Form, cancellationToken);
        if (ShownFilter is not null && (!validation.IsValid || ShownFilter != FilterText))
        {
            return Redirect(ListUrl(Model, From, To) + "&changed=true");
        }
        if (!validation.IsValid)
        {
            // An empty file would look like a filter that matched nothing; say what is wrong instead.
            return new ContentResult
            {
                StatusCode = StatusCodes.Status400BadRequest,
                ContentType = "text/plain; charset=utf-8",
                Content = "No CSV: the filter needs another look.\n" + string.Join("\n", validation.Errors.Select(e => e.ErrorMessage)) + "\n",
            };
        }
        Response.ContentType = AssessmentExport.ContentType;
        var filter = Form.ToFilter();
        Response.Headers.ContentDisposition = $"attachment; filename={filter.FileName()}";
        await export.WriteAsync(filter, Response.Body, cancellationToken);
        // The body is written; nothing else is.
        return new EmptyResult();
    }

    /// <summary>The list of a filter, from its newest result; <paramref name="edge"/> adds a page's edge.</summary>
    public static string ListUrl(string? model, string? from, string? to, string? edge = null) =>
        $"/admin/assessments?model={Uri.EscapeDataString(model ?? "")}&from={Uri.EscapeDataString(from ?? "")}&to={Uri.EscapeDataString(to ?? "")}{edge}";

    /// <summary>Invalid fields, for aria-invalid: the range's failure marks both dates.</summary>
    public bool Invalid(string field) =>
        Errors.Has(field) || (field is nameof(From) or nameof(To) && Errors.Has(AssessmentFilterFormValidator.Range));

    /// <summary>The ids of the messages that describe a field, for aria-describedby; null when none does.</summary>
    public string? DescribedBy(string field)
    {
        var ids = new List<string>();
        if (Errors.Has(field)) ids.Add(ErrorId(field));
        if (field is nameof(From) or nameof(To) && Errors.Has(AssessmentFilterFormValidator.Range)) ids.Add(ErrorId(AssessmentFilterFormValidator.Range));
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public static string ErrorId(string field) => field switch
    {
        nameof(Model) => "model-error",
        nameof(From) => "from-error",
        nameof(To) => "to-error",
        _ => "range-error",
    };

    /// <summary>The messages in the order of the fields.</summary>
    public IEnumerable<(string Field, string Message)> Messages =>
        new[] { nameof(Model), nameof(From), nameof(To), AssessmentFilterFormValidator.Range }.Where(Errors.Has).Select(f => (f, Errors.First(f)!));

    // "outsourcing 2026-05-01 any": compared as text, so it must be one spelling per filter.
    private static string Spelled(AssessmentFilter filter) => string.Join(' ',
        filter.Model?.Id() ?? "any",
        filter.From?.ToString(AssessmentFilterForm.DateFormat, CultureInfo.InvariantCulture) ?? "any",
        filter.To?.ToString(AssessmentFilterForm.DateFormat, CultureInfo.InvariantCulture) ?? "any");
}
