using EngagementAdvisor.Core.Knowledge;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Models;

public sealed class IndexModel(KnowledgeCatalogue catalogue) : PageModel
{
    public KnowledgeCatalogue Catalogue { get; } = catalogue;
}
