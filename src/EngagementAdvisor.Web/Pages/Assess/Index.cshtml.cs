using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Assess;

public sealed class IndexModel(Questionnaire questionnaire, IValidator<AnswersForm> validator, AssessmentStore store, AssessmentService assessments) : PageModel
{
    public Questionnaire Questionnaire => questionnaire;

    /// <summary>The answers shown in the form: blank, a stored result's (adjusting), or the ones just posted.</summary>
    public AnswersForm Input { get; private set; } = new(questionnaire);

    /// <summary>Messages by field, the form's own problems under "".</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The share token of the result being adjusted; the new result links back to it.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? AdjustedFrom { get; set; }

    public bool Adjusting { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "Adjust answers": start from a stored result's answers; the original stays as it is.
        if ((await store.LookUpAsync(AdjustedFrom, cancellationToken)).Stored is { } original)
        {
            Input = AnswersForm.From(original.Answers);
            Adjusting = true;
        }
        else
        {
            AdjustedFrom = null;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input = FormAnswersReader.Read(questionnaire, Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty, Errors);
        Errors.AddValidation(await validator.ValidateAsync(Input, cancellationToken));
        if (Errors.Count > 0)
        {
            // The answers stay in Input and are rendered back; nothing is stored.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var created = await assessments.CreateAsync(Input.ToAnswers(), AdjustedFrom, cancellationToken);
        // Shown once on the result page, then gone: only its hash is stored.
        ManageLinkOffer.Offer(TempData, created.ManageToken);
        return Redirect(ResultLinks.PathOf(created.Stored.Token));
    }

    /// <summary>The error summary: the form's own problem first, then each question's in question order.</summary>
    public IEnumerable<(string Anchor, string Message)> Summary => QuestionView.Summary(Errors, questionnaire.All.Select(q => q.Field));

    /// <summary>The required or the optional questions in order, as rows of the form.</summary>
    public IEnumerable<IReadOnlyList<Question>> Rows(bool required) => QuestionRows.Of(questionnaire.All, required);

    public QuestionView View(Question question) => QuestionView.For(question, Input, Errors);
}
