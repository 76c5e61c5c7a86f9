using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Pages.Assess;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>
/// The invite: type the code (or open the link with it), give a name or a role, and get a page of your own. Someone who
/// joined on this browser before is taken back to their page (a cookie holds their link's token, for this path only).
/// </summary>
public sealed class JoinModel(WorkshopStore store, WorkshopService workshops) : PageModel
{
    /// <summary>The code field of the "type your code" form, defined as a question like every other field.</summary>
    public static readonly Question CodeField = new()
    {
        Id = "code", Field = "code", Kind = QuestionKind.Text, Required = true,
        Name = "Code", Noun = "code", Text = "Workshop code",
        HintTemplate = "Eight letters and digits, such as K7QM-4XTR, from the person running the workshop.",
        WhenMissing = "Type the code you were given.",
        MaxLength = 40,
    };

    public WorkshopState? Workshop { get; private set; }

    /// <summary>The name and role questions of this workshop (a name unless it is anonymous; a role when it has roles).</summary>
    public Questionnaire Fields { get; private set; } = new([]);

    public AnswersForm Input { get; private set; } = new(new Questionnaire([]));

    public FieldErrors Errors { get; } = new();

    public string? TypedCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        // The "type your code" form sends ?code=; the invite link carries it in the path.
        var typed = code ?? Request.Query["code"].FirstOrDefault();
        if (typed is null) return Page();
        TypedCode = typed;
        if (InviteCode.Normalise(typed) is not { } canonical)
        {
            Errors.Add(CodeField.Field, "That is not a workshop code: it has eight letters and digits, such as K7QM-4XTR. Check it with the person running the workshop.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!string.Equals(code, canonical, StringComparison.Ordinal)) return Redirect(WorkshopLinks.InvitePathOf(canonical));
        if (await LoadAsync(canonical, cancellationToken) is { } refused) return refused;
        // Joined on this browser before: back to your own page rather than joining twice.
        if (Request.Cookies[CookieName(Workshop!)] is { } mine
            && (await store.FindByParticipantAsync(mine, cancellationToken)) is { Workshop.Id: var id, Participant: not null } && id == Workshop!.Id)
        {
            return Redirect(WorkshopLinks.ParticipantPathOf(mine));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, CancellationToken cancellationToken)
    {
        if (await LoadAsync(InviteCode.Normalise(code), cancellationToken) is { } refused) return refused;
        var workshop = Workshop!;
        Input = FormAnswersReader.Read(Fields, Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty, Errors);
        Errors.AddValidation(await new AnswersFormValidator(Fields).ValidateAsync(Input, cancellationToken));
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var answers = Input.ToAnswers();
        var name = Fields.Find(WorkshopFields.Name.Id) is { } nameField ? answers[nameField] : null;
        var role = Fields.Find("role") is { } roleField && answers[roleField] is { } option ? workshop.Roles[int.Parse(option, System.Globalization.CultureInfo.InvariantCulture) - 1] : null;
        if (await workshops.JoinAsync(workshop, name, role, cancellationToken) is not { } token)
        {
            Errors.Add("", workshop.Participants.Count >= WorkshopFields.MaxParticipants
                ? $"This workshop is full: it takes at most {WorkshopFields.MaxParticipants} participants."
                : "This workshop has just been closed, so it takes no more answers.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        Response.Cookies.Append(CookieName(workshop), token, new CookieOptions
        {
            HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/w/join", MaxAge = TimeSpan.FromDays(30), IsEssential = true,
        });
        return Redirect(WorkshopLinks.ParticipantPathOf(token));
    }

    public QuestionView View(Question question) => QuestionView.For(question, Input, Errors);

    public QuestionView CodeView => new(CodeField, TypedCode, Errors.First(CodeField.Field));

    public IEnumerable<(string Anchor, string Message)> Summary => QuestionView.Summary(Errors, Fields.All.Select(q => q.Field).Prepend(CodeField.Field));

    private static string CookieName(WorkshopState workshop) => "ea-workshop-" + workshop.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult?> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        var lookup = await store.FindByInviteAsync(code, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup.Workshop is not { } workshop)
        {
            TypedCode = code;
            Errors.Add(CodeField.Field, "No workshop has this code. Check it with the person running the workshop; a deleted workshop's code stops working.");
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Workshop = workshop;
        Fields = new Questionnaire([.. workshop.Anonymous ? Array.Empty<Question>() : [WorkshopFields.Name],
            .. workshop.Roles.Count > 0 ? [WorkshopFields.RoleOf(workshop.Roles, workshop.Anonymous)] : Array.Empty<Question>()]);
        Input = new AnswersForm(Fields);
        return null;
    }
}
