using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Models;

public sealed class ProfileModel(KnowledgeCatalogue catalogue) : PageModel
{
    public ModelProfile Profile { get; private set; } = null!;

    public KnowledgeCatalogue Catalogue { get; } = catalogue;

    public IActionResult OnGet(string model)
    {
        if (!EngagementModels.TryParse(model, out var parsed)) return NotFound();
        Profile = Catalogue.Profile(parsed);
        return Page();
    }
}
