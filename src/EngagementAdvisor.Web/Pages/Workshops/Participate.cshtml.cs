using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Pages.Assess;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>
/// A participant's own page: the scored questions with their answers, saved as often as they like until the workshop
/// closes. Others' names and answers appear only once the facilitator reveals them. A wrong token is a plain 404.
/// </summary>
public sealed class ParticipateModel(WorkshopStore store, WorkshopService workshops, Questionnaire questionnaire, IValidator<AnswersForm> validator) : PageModel
{
    public WorkshopState Workshop { get; private set; } = null!;

    public ParticipantState Me { get; private set; } = null!;

    public AnswersForm Input { get; private set; } = new(questionnaire);

    public FieldErrors Errors { get; } = new();

    public string Token { get; private set; } = "";

    public string? ResultUrl { get; private set; }

    /// <summary>Right after a save (the redirect's <c>?saved=true</c>).</summary>
    public bool Saved { get; private set; }

    /// <summary>The questions a participant answers: the scored ones (the workshop's title is its label).</summary>
    public IEnumerable<IReadOnlyList<Question>> Rows(bool required) => QuestionRows.Of(questionnaire.Scored, required);

    public IReadOnlyList<Question> Scored => questionnaire.Scored;

    public Questionnaire Questionnaire => questionnaire;

    public async Task<IActionResult> OnGetAsync(string token, bool saved, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        Saved = saved && Me.HasAnswered;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        Input = FormAnswersReader.Read(questionnaire, Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty, Errors);
        if (questionnaire.All.Any(q => !q.IsScored && Input[q] is not null) && !Errors.Has(""))
        {
            Errors.Add("", "The form sent an answer to a question it does not have. Reload the page and try again.");
        }
        Errors.AddValidation(await validator.ValidateAsync(Input, cancellationToken));
        if (Workshop.IsClosed) Errors.Add("", "The workshop is closed, so answers no longer change. Your last saved answers are the ones that counted.");
        if (Errors.Count > 0)
        {
            Response.StatusCode = Workshop.IsClosed ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!await workshops.AnswerAsync(Workshop, Me, Input.ToAnswers(), cancellationToken))
        {
            Errors.Add("", "The workshop was closed a moment ago, so these answers were not saved. Your last saved answers are the ones that counted.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return Redirect(WorkshopLinks.ParticipantPathOf(token) + "?saved=true#saved");
    }

    public QuestionView View(Question question) => QuestionView.For(question, Input, Errors);

    public IEnumerable<(string Anchor, string Message)> Summary => QuestionView.Summary(Errors, questionnaire.All.Select(q => q.Field));

    /// <summary>
    /// How this participant is named on their own page. Until the reveal, from their own name and role alone: the label
    /// that tells two people apart ("Dana, participant 1") would say that someone else gave the same name or role.
    /// </summary>
    public string MyLabel => Workshop.Revealed ? Me.Label : WorkshopState.Labels([(Me.Number, Me.Name, Me.Role)], Workshop.Anonymous)[0];

    /// <summary>What others answered, once revealed: each counted participant but this one, by label, per question.</summary>
    public IEnumerable<ParticipantState> Others => Workshop.Revealed ? Workshop.Participants.Where(p => p.Counts && p.Id != Me.Id) : [];

    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var lookup = await store.FindByParticipantAsync(token, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup is not { Workshop: { } workshop, Participant: { } me }) return NotFound();
        (Workshop, Me, Token) = (workshop, me, token);
        ResultUrl = workshop.ResultToken is { } result ? ResultLinks.UrlOf(Request, result).ToString() : null;
        if (me.Answers is { } answers) Input = AnswersForm.From(answers);
        return null;
    }
}
