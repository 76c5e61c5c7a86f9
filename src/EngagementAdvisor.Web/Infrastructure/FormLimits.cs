using Microsoft.AspNetCore.Http.Features;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// The public forms (questionnaire, manage, sign-in) are a few hundred bytes and a dozen fields. A POST far beyond
/// that is refused before anything reads it: 413 for a body over <see cref="MaxBodyBytes"/>, and the form reader
/// gives up after <see cref="MaxFields"/> fields (antiforgery then answers 400). Admin forms (the weights editor posts
/// a few hundred fields) keep the framework's limits and are only read for signed-in admins.
/// </summary>
public static class FormLimits
{
    public const long MaxBodyBytes = 64 * 1024;
    public const int MaxFields = 200;

    private static readonly FormOptions Options = new()
    {
        ValueCountLimit = MaxFields,
        KeyLengthLimit = 1024,
        ValueLengthLimit = (int)MaxBodyBytes,
        MultipartBodyLengthLimit = MaxBodyBytes,
        BufferBodyLengthLimit = MaxBodyBytes,
    };

    public static IApplicationBuilder UseFormLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsPost(request.Method) || request.Path.StartsWithSegments("/admin") || request.Path.StartsWithSegments("/api"))
            {
                return next(context);
            }
            if (request.ContentLength > MaxBodyBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            // A body without a length (chunked) is cut off by the server once it passes the limit.
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = MaxBodyBytes;
            if (request.HasFormContentType) context.Features.Set<IFormFeature>(new FormFeature(request, Options));
            return next(context);
        });
}
