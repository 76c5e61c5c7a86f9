namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// Security headers on every response, errors and static files included, so it runs first in the pipeline.
/// The pages use no inline script or style, which is what lets the policy forbid them.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // The path the client asked for: an empty 404 or 410 is drawn by re-executing /status/{code}, which changes
            // Request.Path before the response starts, and a deleted workshop's link must not lose its headers there.
            var path = context.Request.Path;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                // Result links carry their secret in the path: never send it to another site as a referrer.
                headers["Referrer-Policy"] = "no-referrer";
                headers.Remove("Server");
                // A result read through the API holds the same answers as its page: no cache keeps it, no index lists it.
                // Workshop pages show names and answers to whoever holds their link: the same rule.
                if (path.StartsWithSegments("/r") || path.StartsWithSegments("/compare")
                    || path.StartsWithSegments("/api/assessments") || path.StartsWithSegments("/w"))
                {
                    headers["X-Robots-Tag"] = "noindex, nofollow";
                    headers.CacheControl = "private, no-store";
                }
                // The admin pages and the two-factor set-up (its key, as text and as a QR code): kept by no cache, by
                // this header alone rather than by whatever else the page happens to send.
                else if (path.StartsWithSegments("/admin") || path.StartsWithSegments("/account"))
                {
                    headers.CacheControl = "private, no-store";
                }
                return Task.CompletedTask;
            });
            return next(context);
        });
}
