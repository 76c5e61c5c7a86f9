using Microsoft.AspNetCore.Diagnostics;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// Unhandled exceptions: browsers get the friendly /error page, API clients a problem+json body; both carry the
/// correlation id and nothing else about the failure (no message, stack trace, SQL or path).
/// </summary>
public static class ErrorResponses
{
    public const string StorageUnavailableMessage =
        "Nothing was stored: the server cannot write to its database right now (it may be restarting, or out of disk space). Try again in a minute; results already stored are safe.";

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
            // A database that cannot be reached or written (PostgreSQL restarting, a full disk) is a 503 to retry, not a bug.
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode
                : IsStorageUnavailable(ex) ? StatusCodes.Status503ServiceUnavailable
                : StatusCodes.Status500InternalServerError,
            // Log every unhandled exception once, also those answered as problem+json by the handler below.
            SuppressDiagnosticsCallback = _ => false,
        });

    /// <summary>
    /// The database is away or cannot take a write: SQLite's disk or database is full (SQLITE_FULL) or an I/O error,
    /// PostgreSQL refusing connections, restarting or timing out. Nothing was stored; trying again later is right.
    /// </summary>
    public static bool IsStorageUnavailable(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 or 10 }) return true;
            if (ex is Npgsql.NpgsqlException { IsTransient: true } or Npgsql.PostgresException { SqlState: "57P01" or "57P02" or "57P03" }) return true;
            if (ex is System.Net.Sockets.SocketException) return true;
        }
        return false;
    }

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
            if (status == StatusCodes.Status503ServiceUnavailable) httpContext.Response.Headers.RetryAfter = "60";
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = status,
                    Title = status == StatusCodes.Status503ServiceUnavailable ? "Storage unavailable" : status >= 500 ? "Something went wrong" : "Bad request",
                    Detail = status == StatusCodes.Status503ServiceUnavailable ? StorageUnavailableMessage
                        : status >= 500 ? "The request could not be completed. If it keeps happening, quote the correlationId."
                        : "The request could not be read.",
                },
            });
        }
    }
}
