using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Pages.Assess;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Results;

/// <summary>
/// The creator's private page: describe the result (label, who prepared it, a note), or delete it. A wrong manage token
/// is a plain 404, to look at and to post to.
/// </summary>
public sealed class ManageModel(Questionnaire questionnaire, AssessmentStore store, AssessmentService assessments) : PageModel
{
    public StoredAssessment Result { get; private set; } = null!;

    public AnswersForm Input { get; private set; } = null!;

    public FieldErrors Errors { get; } = new();

    /// <summary>Right after a successful save (the redirect's <c>?saved=true</c>).</summary>
    public bool Saved { get; private set; }

    /// <summary>What may change after the fact: the questions that describe the result and score nothing.</summary>
    public IEnumerable<QuestionView> Description =>
        questionnaire.All.Where(q => !q.IsScored).Select(q => QuestionView.For(q, Input, Errors));

    public async Task<IActionResult> OnGetAsync(string token, string manageToken, bool saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, manageToken, cancellationToken) is { } missing) return missing;
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostDescribeAsync(string token, string manageToken, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, manageToken, cancellationToken) is { } missing) return missing;
        var posted = FormAnswersReader.Read(questionnaire, Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty, Errors);
        const string OnlyDescription = "Only the label, the “prepared by” line and the note can change here. To change an answer, adjust the answers on the result page.";
        foreach (var question in questionnaire.All)
        {
            if (!question.IsScored)
            {
                Input[question.Field] = posted[question];
                if (AnswersFormValidator.Problem(question, posted[question]) is { } problem && !Errors.Has(question.Field)) Errors.Add(question.Field, problem);
            }
            else if ((posted[question] is not null || Errors.Has(question.Field)) && !Errors.Has("")) Errors.Add("", OnlyDescription);
        }
        if (Errors.Count > 0)
        {
            // Nothing is stored; the page shows what was typed with its errors.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await assessments.DescribeAsync(token, manageToken, Input.ToAnswers(), cancellationToken)
            ? Redirect(ResultLinks.ManagePathOf(token, manageToken) + "?saved=true")
            : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string token, string manageToken, CancellationToken cancellationToken) =>
        await assessments.DeleteAsync(token, manageToken, cancellationToken)
            ? Redirect("/deleted")
            : NotFound();

    private async Task<IActionResult?> LoadAsync(string token, string manageToken, CancellationToken cancellationToken)
    {
        var lookup = await store.LookUpManagedAsync(token, manageToken, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup.Stored is not { } stored) return NotFound();
        Result = stored;
        Input = AnswersForm.From(stored.Answers);
        return null;
    }
}
