using Microsoft.AspNetCore.Diagnostics;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// Unhandled exceptions: browsers get the friendly /error page, API clients a problem+json body; both carry the
/// correlation id and nothing else about the failure (no message, stack trace, SQL or path).
/// </summary>
public static class ErrorResponses
{
    public static IServiceCollection AddErrorResponses(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
            c.ProblemDetails.Extensions["correlationId"] = Correlation.IdOf(c.HttpContext));
        services.AddExceptionHandler<ProblemJsonExceptionHandler>();
        return services;
    }

    public static IApplicationBuilder UseErrorResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            // A request the client got wrong (a body over a limit, say) is its 4xx, not our 500.
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            // Log every unhandled exception once, also those answered as problem+json by the handler below.
            SuppressDiagnosticsCallback = _ => false,
        });

    /// <summary>The API, and anyone who asks for JSON rather than a page.</summary>
    public static bool WantsJson(HttpRequest request, PathString path)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (path.StartsWithSegments("/api")) return true;
        var accept = request.GetTypedHeaders().Accept;
        return accept.Any(a => a.MediaType.Value is "application/json" or "application/problem+json" || a.Suffix.Value == "json")
            && !accept.Any(a => a.MediaType.Value == "text/html");
    }

    private sealed class ProblemJsonExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            // The request's path is already /error here; the feature has the one the client asked for.
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
            if (!WantsJson(httpContext.Request, new PathString(path))) return false; // the /error page
            var status = httpContext.Response.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = status,
                    Title = status >= 500 ? "Something went wrong" : "Bad request",
                    Detail = status >= 500
                        ? "The request could not be completed. If it keeps happening, quote the correlationId."
                        : "The request could not be read.",
                },
            });
        }
    }
}
