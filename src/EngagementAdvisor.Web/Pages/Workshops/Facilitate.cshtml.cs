using System.Globalization;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Workshops;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Features.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Workshops;

/// <summary>
/// The facilitator's private page: who has answered, how far they disagree question by question, the facts to
/// settle, the group's result two ways and whose answers decide it; reveal, count people in or out, close, delete.
/// A wrong token is a plain 404, to look at and to post to. Every change redirects back here (so a reload never posts again).
/// </summary>
public sealed class FacilitateModel(WorkshopStore store, WorkshopService workshops, WeightsStore weights, AssessmentStore results, Questionnaire questionnaire) : PageModel
{
    public WorkshopState Workshop { get; private set; } = null!;

    public WorkshopAnalysis? Analysis { get; private set; }

    public Questionnaire Questionnaire => questionnaire;

    /// <summary>Messages by field: a settle form's under "settle-{field}", the page's own under "".</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>What was typed into a settle form that was refused, shown back.</summary>
    public IDictionary<string, string?> Typed { get; } = new Dictionary<string, string?>(StringComparer.Ordinal);

    /// <summary>The first view after creating it: the page's own link is shown as the one to keep.</summary>
    public bool JustCreated { get; private set; }

    public string FacilitatorUrl { get; private set; } = "";

    public string InviteUrl { get; private set; } = "";

    public string? ResultUrl { get; private set; }

    /// <summary>The invite link as a QR code, for phones in the room to scan off the facilitator's screen.</summary>
    public Infrastructure.QrCode? InviteQr { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        JustCreated = TempData[NewModel.CreatedKey] is true;
        return Page();
    }

    public async Task<IActionResult> OnPostSettleAsync(string token, string? question, string? value, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(token, cancellationToken) is { } refused) return refused;
        if (questionnaire.Find(question) is not { IsScored: true, Nature: AnswerNature.Fact } fact) return Refuse("The form named a fact this workshop does not have. Reload the page and try again.");
        var field = SettleField(fact);
        Typed[fact.Id] = value;
        var problem = string.IsNullOrWhiteSpace(value)
            ? $"Enter the {fact.Noun} the group agreed on."
            : AnswersFormValidator.Problem(fact, value);
        if (problem is not null)
        {
            // On its settle form when the page shows one; a fact nobody answered has none, so the message goes above all.
            if (ShownSpreads.Any(s => s.Question.Id == fact.Id)) Errors.Add(field, problem);
            else Errors.Add("", $"{fact.Name}: {problem}");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var canonical = fact.Kind == QuestionKind.WholeNumber && WholeNumber.TryParse(value, out var number) ? number.ToString(CultureInfo.InvariantCulture) : value!;
        return await workshops.SettleAsync(Workshop, fact, canonical, cancellationToken) ? Back("q-" + fact.Field) : Closed();
    }

    public async Task<IActionResult> OnPostReopenAsync(string token, string? question, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(token, cancellationToken) is { } refused) return refused;
        if (questionnaire.Find(question) is not { IsScored: true, Nature: AnswerNature.Fact } fact) return Refuse("The form named a fact this workshop does not have. Reload the page and try again.");
        return await workshops.SettleAsync(Workshop, fact, null, cancellationToken) ? Back("q-" + fact.Field) : Closed();
    }

    public async Task<IActionResult> OnPostIncludeAsync(string token, string? participant, string? include, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(token, cancellationToken) is { } refused) return refused;
        if (!int.TryParse(participant, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || Workshop.Participants.All(p => p.Number != number)
            || include is not ("yes" or "no"))
        {
            return Refuse("The form named a participant this workshop does not have. Reload the page and try again.");
        }
        return await workshops.IncludeAsync(Workshop, number, include == "yes", cancellationToken) ? Back("participants") : Closed();
    }

    public async Task<IActionResult> OnPostRevealAsync(string token, string? reveal, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(token, cancellationToken) is { } refused) return refused;
        if (reveal is not ("yes" or "no")) return Refuse("The form asked neither to reveal nor to hide the answers. Reload the page and try again.");
        return await workshops.RevealAsync(Workshop, reveal == "yes", cancellationToken) ? Back("reveal") : Closed();
    }

    public async Task<IActionResult> OnPostCloseAsync(string token, CancellationToken cancellationToken)
    {
        if (await LoadOpenAsync(token, cancellationToken) is { } refused) return refused;
        var (outcome, _) = await workshops.CloseAsync(Workshop, cancellationToken);
        return outcome switch
        {
            CloseOutcome.Closed => Back("closed"),
            CloseOutcome.NobodyCounts => Refuse("Nobody who counts has answered yet, so there is no result to close into. Wait for answers, or count someone in."),
            _ => Closed(),
        };
    }

    /// <summary>The delete form's confirmation box: everyone's answers go at one press, so the press must be meant.</summary>
    public const string ConfirmDeleteField = "confirm";

    public async Task<IActionResult> OnPostDeleteAsync(string token, string? confirm, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is { } missing) return missing;
        if (confirm != "yes")
        {
            Errors.Add(ConfirmDeleteField, "Tick the box to confirm: deleting cannot be undone.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await workshops.DeleteAsync(Workshop, cancellationToken);
        return Redirect("/workshops/deleted");
    }

    /// <summary>
    /// A post that names no handler of this page (none, or an unknown one). Without it the page would be drawn with no
    /// workshop loaded (a 500); it is refused like any other form the page never sends.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) ?? Refuse("The form asked for something this page does not do. Reload the page and try again.");

    /// <summary>The questions the page lists (with their settle forms): those someone who counts answered, and settled facts.</summary>
    public IEnumerable<AnswerSpread> ShownSpreads => Analysis?.Spreads.Where(s => s.Answered > 0 || Workshop.Settled.ContainsKey(s.Question.Id)) ?? [];

    /// <summary>The settle form's field name for a fact, so its message sits on it.</summary>
    public static string SettleField(Question fact) => "settle-" + (fact ?? throw new ArgumentNullException(nameof(fact))).Field;

    private async Task<IActionResult?> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var lookup = await store.FindByFacilitatorAsync(token, cancellationToken);
        if (lookup.Outcome == Lookup.Gone) return StatusCode(StatusCodes.Status410Gone);
        if (lookup.Workshop is not { } workshop) return NotFound();
        Workshop = workshop;
        Token = token;
        FacilitatorUrl = WorkshopLinks.UrlOf(Request, WorkshopLinks.FacilitatorPathOf(token)).ToString();
        InviteUrl = WorkshopLinks.UrlOf(Request, WorkshopLinks.InvitePathOf(workshop.InviteCode)).ToString();
        InviteQr = workshop.IsClosed ? null : Infrastructure.QrCode.For(InviteUrl);
        ResultUrl = workshop.ResultToken is { } result ? ResultLinks.UrlOf(Request, result).ToString() : null;
        // Once closed, with the weights its result was scored with, so this page and the shared result say the same.
        var pinned = workshop.ResultToken is { } closedInto ? await results.WeightsVersionOfAsync(closedInto, cancellationToken) : null;
        Analysis = workshop.Analyse(questionnaire, pinned is { } version ? await weights.GetVersionAsync(version, cancellationToken) : (await weights.GetLatestAsync(cancellationToken)).Weights);
        return null;
    }

    /// <summary>As <see cref="LoadAsync"/>, and refused once the workshop is closed: its answers and settings are frozen.</summary>
    private async Task<IActionResult?> LoadOpenAsync(string token, CancellationToken cancellationToken) =>
        await LoadAsync(token, cancellationToken) ?? (Workshop.IsClosed ? Closed() : null);

    private PageResult Closed()
    {
        Errors.Add("", "This workshop is closed: its answers and settings no longer change. Its result is linked below.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private PageResult Refuse(string message)
    {
        Errors.Add("", message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private RedirectResult Back(string anchor) => Redirect(WorkshopLinks.FacilitatorPathOf(Token) + "#" + anchor);
}
