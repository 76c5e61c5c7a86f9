using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Weights;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin.Weights;

public sealed class IndexModel(Questionnaire questionnaire, WeightsStore store, WeightVersions versions, ImpactPreviewer previewer) : PageModel
{
    public Questionnaire Questionnaire => questionnaire;

    [BindProperty] public WeightsForm Form { get; set; } = new();

    public int Latest { get; private set; }

    /// <summary>Every message, in the order the fields appear, each with the field it belongs to (null: the form as a whole).</summary>
    public IReadOnlyList<(string? Field, string Message)> Errors { get; private set; } = [];

    /// <summary>The first message for each field, by the field's name without "Form." ("Costs[rampWeeks].Low").</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; private set; } = new Dictionary<string, string>();
    public ImpactPreview? Preview { get; private set; }
    public string? Conflict { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestAsync(cancellationToken);
        Latest = latest.Version;
        Form = WeightsForm.From(latest.Version, latest.Weights, questionnaire);
    }

    /// <summary>Without JavaScript: every stored result re-scored, then the page with the preview.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(requireComment: false, cancellationToken)) return Page();
        Preview = await previewer.PreviewAsync(Draft(), cancellationToken: cancellationToken);
        return Page();
    }

    /// <summary>
    /// With JavaScript (js/preview.js): a line "progress CHECKED TOTAL" about four times a second while the results are
    /// re-scored, then a line "--preview--" and the preview's HTML (the same partial as without JavaScript). The
    /// request's cancellation (Cancel, or leaving the page) stops the work. An invalid draft answers 400 and nothing
    /// else; the script then posts the form as usual, which shows the errors.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewStreamAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(requireComment: false, cancellationToken)) return BadRequest();
        Response.ContentType = "text/plain; charset=utf-8";
        Response.Headers.CacheControl = "no-store";
        var progress = new PreviewProgress();
        var work = previewer.PreviewAsync(Draft(), progress, cancellationToken);
        var writer = new StreamWriter(Response.Body, new System.Text.UTF8Encoding(false), bufferSize: 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            while (await Task.WhenAny(work, Task.Delay(250, cancellationToken)) != work)
            {
                await writer.WriteAsync(FormattableString.Invariant($"progress {progress.Checked} {progress.Total}\n"));
                await writer.FlushAsync(cancellationToken);
            }
            var preview = await work;
            await writer.WriteAsync(FormattableString.Invariant($"progress {preview.Assessed} {preview.Assessed}\n--preview--\n"));
            await writer.WriteAsync(await RenderAsync("_ImpactPreview", preview));
            await writer.FlushAsync(cancellationToken);
        }
        return new EmptyResult();
    }

    /// <summary>A partial rendered to text, for a response already under way (a partial result would set headers).</summary>
    private async Task<string> RenderAsync<TModel>(string partial, TModel model)
    {
        var engine = HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Mvc.ViewEngines.ICompositeViewEngine>();
        var view = engine.FindView(PageContext, partial, isMainPage: false).View
            ?? throw new InvalidOperationException($"No partial {partial}.");
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var data = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<TModel>(ViewData, model);
        await view.RenderAsync(new Microsoft.AspNetCore.Mvc.Rendering.ViewContext(PageContext, view, data, TempData, text, new Microsoft.AspNetCore.Mvc.ViewFeatures.HtmlHelperOptions()));
        return text.ToString();
    }

    /// <summary>
    /// The weight set the form describes, for a preview: new rules get ids for the draft and give them back after, so a
    /// rule is named only when it is saved, from the answer and model it has then.
    /// </summary>
    private Core.Scoring.WeightSet Draft()
    {
        var named = Form.NameNewRules();
        var draft = Form.ToWeightSet();
        foreach (var rule in named) rule.Id = "";
        return draft;
    }

    /// <summary>One more, empty rule row; nothing is checked or saved until Preview or Save.</summary>
    public async Task<IActionResult> OnPostAddRuleAsync(CancellationToken cancellationToken)
    {
        Latest = (await store.GetLatestAsync(cancellationToken)).Version;
        Form.DropMissingRows();
        Form.ReadCosts(Posted);
        ModelState.Clear();
        Form.KnockOuts.Add(new KnockOutRow());
        AddedRule = Form.KnockOuts.Count - 1;
        return Page();
    }

    /// <summary>The row just added, whose first choice takes the focus.</summary>
    public int? AddedRule { get; private set; }

    /// <summary>What one answer gives a model in points with every question answered (Core's formula).</summary>
    public double Points(FactorRow factor, LevelRow level, Core.Models.EngagementModel model)
    {
        ArgumentNullException.ThrowIfNull(factor);
        ArgumentNullException.ThrowIfNull(level);
        return Core.Scoring.Scorer.AnswerPoints(factor.Importance, level.For(model), TotalImportance);
    }

    /// <summary>The importances added up, as the points under each affinity divide by.</summary>
    public int TotalImportance => Form.Factors.Sum(f => Math.Max(0, f.Importance));

    /// <summary>A posted field's first value (a forged form may post one twice).</summary>
    private string? Posted(string name) => Request.HasFormContentType && Request.Form.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!await ValidateAsync(requireComment: true, cancellationToken)) return Page();
        Form.NameNewRules();
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

    /// <summary>Whether the form was posted to be saved (its errors say nothing was saved) or previewed.</summary>
    public bool Saving { get; private set; }

    private async Task<bool> ValidateAsync(bool requireComment, CancellationToken cancellationToken)
    {
        Saving = requireComment;
        Latest = (await store.GetLatestAsync(cancellationToken)).Version;
        Form.DropMissingRows();
        var unreadableCosts = Form.ReadCosts(Posted);
        var result = await new WeightsFormValidator(questionnaire, requireComment).ValidateAsync(Form, cancellationToken);
        // A value that is not a number ("abc", "1e3", one too large for the field), or a number field left empty,
        // fails to bind and would otherwise be saved as 0 without a word: it is refused like any other invalid value,
        // on its field, and what the validator says of the 0 it left behind is not said as well.
        var unreadable = ModelState
            .Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            .Select(e => (Field: Unprefixed(e.Key), Value: e.Value!.AttemptedValue ?? ""))
            .Concat(unreadableCosts)
            .Select(e => (Field: (string?)e.Field, Message: e.Value.Length == 0
                ? $"{WeightsFieldNames.Describe(questionnaire, Form, e.Field)}: give a value."
                : $"{WeightsFieldNames.Describe(questionnaire, Form, e.Field)}: “{Shorten(e.Value)}” is not a value this field accepts."))
            .ToList();
        var unreadableFields = unreadable.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var invalid = result.Errors
            .Select(e => (Field: string.IsNullOrEmpty(e.PropertyName) ? null : (string?)e.PropertyName, Message: e.ErrorMessage))
            .Where(e => e.Field is null || !unreadableFields.Contains(e.Field));
        Errors = unreadable.Concat(invalid).Distinct().ToList();
        FieldErrors = Errors.Where(e => e.Field is not null).GroupBy(e => e.Field!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Message, StringComparer.Ordinal);
        if (Errors.Count == 0) return true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return false;
    }

    private static string Unprefixed(string key) => key.StartsWith("Form.", StringComparison.Ordinal) ? key["Form.".Length..] : key;

    private static string Shorten(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
