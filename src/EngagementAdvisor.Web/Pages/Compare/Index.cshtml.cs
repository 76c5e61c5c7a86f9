using EngagementAdvisor.Web.Features.Comparisons;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Compare;

/// <summary>Two to four results side by side. The URL (?r=…&amp;r=…) is itself the shareable comparison.</summary>
public sealed class IndexModel(ResultComparer comparer) : PageModel
{
    public const int Max = ResultComparer.Max;

    [BindProperty(SupportsGet = true, Name = "r")]
    public List<string> Inputs { get; set; } = [];

    public Comparison Comparison { get; private set; } = Comparison.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Comparison = await comparer.CompareAsync(Inputs, cancellationToken);
        if (Comparison.Problems.Count > 0)
        {
            Response.StatusCode = Comparison.AllFound ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
