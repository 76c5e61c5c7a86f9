using System.Diagnostics;
using Serilog.Context;

namespace EngagementAdvisor.Web.Infrastructure;

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
