using System.Text.RegularExpressions;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Compare;

/// <summary>Two to four results side by side. The URL (?r=…&amp;r=…) is itself the shareable comparison.</summary>
public sealed partial class IndexModel(AssessmentService assessments) : PageModel
{
    public const int Max = 4;

    [BindProperty(SupportsGet = true, Name = "r")]
    public List<string> Inputs { get; set; } = [];

    public IReadOnlyList<StoredAssessment> Results { get; private set; } = [];
    public IReadOnlyList<string> Problems { get; private set; } = [];

    /// <summary>Each question, what each result answered, and whether they differ.</summary>
    public IReadOnlyList<(Question Question, IReadOnlyList<string> Answers, bool Differs)> Answers { get; private set; } = [];

    /// <summary>For each question answered differently: that answer's points for each result's own recommended model.</summary>
    public IReadOnlyList<(Factor Factor, IReadOnlyList<(string Level, double Points)> Cells)> Drivers { get; private set; } = [];

    [GeneratedRegex("[A-Za-z0-9_-]{43}")]
    private static partial Regex TokenPattern();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var inputs = Inputs.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();
        if (inputs.Count == 0) return Page();
        var problems = new List<string>();
        if (inputs.Count > Max) problems.Add($"Compare at most {Max} results at a time.");
        var results = new List<StoredAssessment>();
        foreach (var input in inputs.Take(Max))
        {
            // Accept a whole pasted link or a bare token.
            var token = TokenPattern().Matches(input).LastOrDefault()?.Value;
            var found = await assessments.FindAsync(token, cancellationToken);
            if (found is null) problems.Add($"No result found for “{(input.Length > 60 ? input[..60] + "…" : input)}”. Check that the whole link was copied.");
            else if (results.All(r => r.Token != found.Token)) results.Add(found);
        }
        if (results.Count < 2 && problems.Count == 0) problems.Add("Add at least one more result link to compare.");
        Problems = problems;
        Results = results;
        Inputs = results.Select(r => r.Token).Concat(inputs.Where(i => results.All(r => !i.Contains(r.Token, StringComparison.Ordinal)))).ToList();
        if (problems.Count > 0)
        {
            Response.StatusCode = results.Count == inputs.Take(Max).Count() ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
            if (results.Count < 2) return Page();
        }

        var described = results.Select(r => Questionnaire.Describe(r.Answers)).ToList();
        Answers = described[0].Select((row, i) =>
        {
            var answers = described.Select(d => d[i].Answer).ToList();
            return (row.Question, (IReadOnlyList<string>)answers, answers.Distinct().Count() > 1);
        }).ToList();
        Drivers = Factors.All
            .Where(d => results.Select(r => r.Answers.LevelOf(d.Factor)).Distinct().Count() > 1)
            .Select(d => (d.Factor, (IReadOnlyList<(string, double)>)results.Select(r =>
            {
                var contribution = r.Recommendation.Contributions.FirstOrDefault(c => c.Factor == d.Factor);
                return contribution is null ? ("Not answered", 0.0) : (d.Levels[d.LevelIndex(contribution.Level)].Label, contribution.For(r.Recommendation.Recommended));
            }).ToList()))
            .ToList();
        return Page();
    }
}
