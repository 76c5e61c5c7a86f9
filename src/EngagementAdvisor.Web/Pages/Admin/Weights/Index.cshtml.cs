using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Weights;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Weights;

public sealed class IndexModel(Questionnaire questionnaire, WeightsStore store, WeightVersions versions) : PageModel
{
    public Questionnaire Questionnaire => questionnaire;

    [BindProperty] public WeightsForm Form { get; set; } = new();

    public int Latest { get; private set; }
    public IReadOnlyList<string> Errors { get; private set; } = [];
    public ImpactPreview? Preview { get; private set; }
    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestAsync(cancellationToken);
        Latest = latest.Version;
        Form = WeightsForm.From(latest.Version, latest.Weights, questionnaire);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(requireComment: false, cancellationToken)) return Page();
        Preview = await versions.PreviewAsync(Form.ToWeightSet(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(requireComment: true, cancellationToken)) return Page();
        var outcome = await versions.SaveAsync(Form.ToWeightSet(), Form.BaseVersion, User.Identity?.Name ?? "admin", Form.Comment!, cancellationToken);
        if (outcome is SaveOutcome.Conflict conflict)
        {
            // The admin's edits stay in the form; nothing is lost, and nothing was saved.
            Latest = conflict.Latest;
            Conflict = $"Not saved: version {conflict.Latest} was saved by someone else after you started editing version {Form.BaseVersion}. Your changes are still below; compare them with version {conflict.Latest} in the history, then start again from the latest version.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect($"/admin/weights/history?saved={((SaveOutcome.Saved)outcome).Version}");
    }

    private async Task<bool> ValidateAsync(bool requireComment, CancellationToken cancellationToken)
    {
        Latest = (await store.GetLatestAsync(cancellationToken)).Version;
        var result = await new WeightsFormValidator(questionnaire, requireComment).ValidateAsync(Form, cancellationToken);
        // A value that is not a number ("abc", "1e3", one too large for the field) fails to bind and would
        // otherwise be saved as 0 without a word: it is refused like any other invalid value.
        var unreadable = ModelState.Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid && !string.IsNullOrEmpty(e.Value.AttemptedValue))
            .Select(e => $"{e.Key.Replace("Form.", "", StringComparison.Ordinal)}: “{Shorten(e.Value!.AttemptedValue)}” is not a value this field accepts.");
        Errors = unreadable.Concat(result.Errors.Select(e => e.ErrorMessage)).Distinct().ToList();
        if (Errors.Count == 0) return true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
