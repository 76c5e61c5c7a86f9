namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// A client that hangs up mid-request (a closed tab, a load generator stopping) is not a server error: without
/// this the cancellation surfaces as an unhandled exception, logged at Error with a stack trace and re-executed
/// as the 500 page for a client that is no longer there.
/// </summary>
public static partial class ClientAborts
{
    /// <summary>nginx's code for "client closed request"; only ever seen in logs, since nobody receives it.</summary>
    public const int ClientClosedRequest = 499;

    public static IApplicationBuilder UseClientAborts(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (context.RequestAborted.IsCancellationRequested
                && ex is OperationCanceledException or Microsoft.AspNetCore.Connections.ConnectionResetException or IOException
                    or BadHttpRequestException)
            {
                LogAborted(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientAborts)), context.Request.Method);
                if (!context.Response.HasStarted) context.Response.StatusCode = ClientClosedRequest;
                // Nobody is there to read a status page.
                if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            }
        });

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client closed the connection during a {Method} request")]
    private static partial void LogAborted(ILogger logger, string method);
}
