namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// Pages are read with GET or HEAD and posted with POST; any other method (TRACE, PUT, DELETE, PATCH, OPTIONS…) is a
/// 405 with an Allow header before routing, instead of reaching a page that has no handler for it (TRACE answered
/// 500 with two stack traces in the log; PUT was refused by antiforgery as a bad request). The API's endpoints answer
/// their own 405s from routing.
/// </summary>
public static class PageMethods
{
    public static IApplicationBuilder UsePageMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method) || context.Request.Path.StartsWithSegments("/api"))
            {
                return next(context);
            }
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return Task.CompletedTask;
        });
}
