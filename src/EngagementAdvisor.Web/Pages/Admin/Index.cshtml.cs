using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Admin;

public sealed class IndexModel(RetentionSweeper retention) : PageModel
{
    /// <summary>How long results are kept, and what the last sweep did: admins see what the app deletes on its own.</summary>
    public RetentionSweeper Retention => retention;

    public void OnGet()
    {
    }
}
