using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Assessments;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Assess;

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
        if (!validation.IsValid)
        {
            Errors = validation.Errors
                .GroupBy(e => e.PropertyName)
                .Select(g => (g.Key, g.First().ErrorMessage))
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

    public static string AnchorOf(string property) => "q-" + char.ToLowerInvariant(property[0]) + property[1..];

    private static int Order(string property)
    {
        for (var i = 0; i < Questionnaire.All.Count; i++)
        {
            if (PropertyOf(Questionnaire.All[i]) == property) return i;
        }
        return int.MaxValue;
    }
}
