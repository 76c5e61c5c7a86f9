using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Assessments;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Assess;

[ServiceFilter<BlankQuestionnaire>]
public sealed class IndexModel(IValidator<AnswersForm> validator, AssessmentService assessments) : PageModel
{
    public const string ManageTokenKey = "ManageToken";

    [BindProperty]
    public AnswersForm Input { get; set; } = new();

    /// <summary>Field errors by form property name, in question order for the summary.</summary>
    public IReadOnlyList<(string Property, string Message)> Errors { get; private set; } = [];

    /// <summary>The share token of the result being adjusted; the new result links back to it.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? AdjustedFrom { get; set; }

    public bool Adjusting { get; private set; }

    /// <summary>A first visit: no answers, no errors, nothing being adjusted — the page everyone sees.</summary>
    public bool Blank => HttpMethods.IsGet(Request.Method) && !Adjusting && Errors.Count == 0;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // "Adjust answers": start from a stored result's answers; the original stays as it is.
        if (await assessments.FindAsync(AdjustedFrom, cancellationToken) is { } original)
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
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        var formErrors = FormShapeErrors(Request.HasFormContentType ? await Request.ReadFormAsync(cancellationToken) : FormCollection.Empty);
        if (!validation.IsValid || formErrors.Count > 0)
        {
            Errors = validation.Errors
                .Select(e => (e.PropertyName, e.ErrorMessage))
                .Concat(formErrors)
                .GroupBy(e => e.Item1)
                .Select(g => (g.Key, g.First().Item2))
                .OrderBy(e => Order(e.Key))
                .ToList();
            // The answers stay in Input and are rendered back; nothing is stored.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var created = await assessments.CreateAsync(Input.ToAnswers(), AdjustedFrom, cancellationToken);
        // Shown once on the result page, then gone: only its hash is stored.
        TempData[ManageTokenKey] = created.ManageToken;
        return Redirect(ResultLinks.PathOf(created.Stored.Token));
    }

    private static readonly string[] Questions = typeof(AnswersForm).GetProperties().Select(p => p.Name).ToArray();

    /// <summary>
    /// An answer posted twice (which one counts?) or a question the form does not have is a broken or forged post,
    /// refused like a wrong answer. Fields outside Input (e.g. an over-posted Score or Token) are simply not read:
    /// scores, tokens, versions and times are always the server's.
    /// </summary>
    private static List<(string, string)> FormShapeErrors(IFormCollection form)
    {
        var errors = new List<(string, string)>();
        foreach (var (key, values) in form)
        {
            if (!key.StartsWith("Input.", StringComparison.OrdinalIgnoreCase)) continue;
            var property = Array.Find(Questions, q => string.Equals("Input." + q, key, StringComparison.OrdinalIgnoreCase));
            if (property is null) errors.Add(("", "The form sent an answer to a question it does not have. Reload the page and try again."));
            else if (values.Count > 1) errors.Add((property, "This question was answered more than once. Choose one answer."));
        }
        return errors;
    }

    public QuestionView View(Question question, string? value, string kind = "choice")
    {
        ArgumentNullException.ThrowIfNull(question);
        var property = PropertyOf(question);
        var error = Errors.FirstOrDefault(e => e.Property == property).Message;
        return new QuestionView(question, "Input." + property, value, error, kind);
    }

    public QuestionView Number(Question question, string? value) => View(question, value, "number");

    public QuestionView Text(Question question, string? value) => View(question, value, "text");

    public static string PropertyOf(Question question) =>
        char.ToUpperInvariant((question ?? throw new ArgumentNullException(nameof(question))).Field[0]) + question.Field[1..];

    public static string AnchorOf(string property) =>
        string.IsNullOrEmpty(property) ? "error-summary" : "q-" + char.ToLowerInvariant(property[0]) + property[1..];

    private static int Order(string property)
    {
        for (var i = 0; i < Questionnaire.All.Count; i++)
        {
            if (PropertyOf(Questionnaire.All[i]) == property) return i;
        }
        return int.MaxValue;
    }
}
