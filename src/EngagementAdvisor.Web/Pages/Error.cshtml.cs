using EngagementAdvisor.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages;

/// <summary>The page shown for an unhandled error: no details, only a reference to quote to support (also in the log).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = "";

    /// <summary>The database could not be reached or written (the exception handler chose 503).</summary>
    public bool StorageUnavailable { get; private set; }

    public void OnGet()
    {
        RequestId = Correlation.IdOf(HttpContext);
        StorageUnavailable = Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
        if (StorageUnavailable) Response.Headers.RetryAfter = "60";
    }

    public void OnPost() => OnGet();
}
