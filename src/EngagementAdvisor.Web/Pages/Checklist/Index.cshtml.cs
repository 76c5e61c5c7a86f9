using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Features.Knowledge;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Checklist;

public sealed class IndexModel(KnowledgeCatalogue catalogue) : PageModel
{
    public KnowledgeCatalogue Catalogue { get; } = catalogue;

    public RiskChecklistView Checklist => new(Catalogue.RiskAreas, EngagementModels.All, "all");
}
