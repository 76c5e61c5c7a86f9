using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Serilog.Context;

namespace EngagementAdvisor.Web.Features;

/// <summary>
/// One id per request, the "reference" people quote: shown on the error page, sent as <c>correlationId</c> in every
/// problem+json body, and attached to every log event of the request (Serilog property <see cref="PropertyName"/>).
/// It is the W3C trace id when there is one, so it also matches traces; otherwise the connection's request id.
/// </summary>
public static class Correlation
{
    public const string PropertyName = "CorrelationId";
    private static readonly object ItemKey = new();

    public static string IdOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var known) && known is string id) return id;
        id = Activity.Current is { } activity && activity.TraceId != default ? activity.TraceId.ToHexString() : context.TraceIdentifier;
        context.Items[ItemKey] = id;
        return id;
    }

    /// <summary>Outermost, so the request log and the unhandled-exception log both carry the id.</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty(PropertyName, IdOf(context)))
            {
                await next(context);
            }
        });
}

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
