using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Status;

/// <summary>The friendly page for an error status (404 and the like), re-executed by the status-code middleware.</summary>
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class IndexModel : PageModel
{
    public int Code { get; private set; }

    // Read from the route, not bound: a re-executed POST whose form could not be read (a NUL in it, too many
    // fields) must still say which error it was.
    public void OnGet() => Code = int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : 0;

    // Re-execution keeps the original method, so a failed POST lands here as a POST.
    public void OnPost() => OnGet();

    public (string Title, string Text) Message => Code switch
    {
        404 => ("Page not found", "There is nothing at this address. If you followed a result link, check that it was copied whole — links are long on purpose."),
        410 when HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath.StartsWith("/w/", StringComparison.Ordinal) == true =>
            ("This workshop was deleted", "The person running this workshop has deleted it, with everyone's answers. Ask them whether there is a new one."),
        410 => ("This result was deleted", "The person who created this result has deleted it, so there is nothing to show. Ask them for a new link, or answer the questionnaire yourself."),
        405 => ("Not allowed", "This address does not accept that kind of request."),
        400 => ("Bad request", "The request could not be understood. Please go back and try again."),
        413 => ("Too much data", "That request was far larger than any form on this site sends. Please go back and try again."),
        _ => ("Something went wrong", "The request could not be completed."),
    };
}
