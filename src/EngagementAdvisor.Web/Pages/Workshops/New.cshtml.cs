using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Pages.Assess;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>A facilitator starts a workshop: a title, optional roles, named or anonymous. No account: the link is the key.</summary>
public sealed class NewModel(WorkshopStore store) : PageModel
{
    /// <summary>The form's fields, as a questionnaire of their own, so the questionnaire's reader and validator check them.</summary>
    public static readonly Questionnaire Fields = new([WorkshopFields.Title, WorkshopFields.Roles, WorkshopFields.Names]);

    /// <summary>Set on the facilitator page's first view, to show its link as the one to keep.</summary>
    public const string CreatedKey = "WorkshopCreated";

    public AnswersForm Input { get; private set; } = new(Fields);

    public FieldErrors Errors { get; } = new();

    public void OnGet() => Input[WorkshopFields.Names.Field] = WorkshopFields.Named;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Input = FormAnswersReader.Read(Fields, Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty, Errors);
        Errors.AddValidation(await new AnswersFormValidator(Fields).ValidateAsync(Input, cancellationToken));
        var roles = WorkshopFields.SplitRoles(Input[WorkshopFields.Roles]);
        if (!Errors.Has(WorkshopFields.Roles.Field) && WorkshopFields.RolesProblem(roles) is { } problem) Errors.Add(WorkshopFields.Roles.Field, problem);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var answers = Input.ToAnswers();
        var (token, _) = await store.CreateAsync(answers[WorkshopFields.Title]!, roles, answers[WorkshopFields.Names] == WorkshopFields.Anonymous, cancellationToken);
        TempData[CreatedKey] = true;
        return Redirect(WorkshopLinks.FacilitatorPathOf(token));
    }

    public QuestionView View(Question question) => QuestionView.For(question, Input, Errors);

    public IEnumerable<(string Anchor, string Message)> Summary => QuestionView.Summary(Errors, Fields.All.Select(q => q.Field));
}
