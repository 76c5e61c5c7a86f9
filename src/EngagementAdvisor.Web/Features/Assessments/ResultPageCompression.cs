using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Result pages go out compressed to every browser that accepts it (all of them do): about 13 KB of Brotli or gzip
/// instead of 66 KB of HTML, and the result page cache keeps the compressed copy, so five times as many pages fit in
/// it and a cached page costs a fifth of the bytes to send.
/// </summary>
/// <remarks>
/// The request's <c>Accept-Encoding</c> is first reduced to the one coding the page will be sent in (<c>br</c>,
/// <c>gzip</c> or none). The cache keys its copies by that reduced header and the compressor reads the same one, so
/// a copy can only ever be served to a client that asked for its coding; browsers' many different headers share
/// three copies instead of one each.
/// Compressing a response next to a secret and text an attacker chooses leaks the secret (BREACH). A cached result
/// page holds neither: no antiforgery token, no manage link, no query string. The creator's first view, which shows
/// the manage link, and everything outside <c>/r/</c> (forms with antiforgery tokens) are never compressed.
/// </remarks>
public static class ResultPageCompression
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    public static IServiceCollection AddResultPageCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // Only result pages reach the compressor (see UseResultPageCompression), whatever the scheme.
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html"];
            // Quality 4 (Brotli's Optimal in .NET) with a window sized to a page, not 4 MB (ResultPageBrotliProvider).
            o.Providers.Add(new ResultPageBrotliProvider());
            o.Providers.Add<GzipCompressionProvider>();
        });
        // A page is compressed once, when it is first rendered, and then sent many times from the cache: spend
        // a little more time for a smaller copy, a fraction of a render.
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Before the output cache: the reduced header is part of the cached copy's key.</summary>
    public static IApplicationBuilder UseResultPageEncoding(this IApplicationBuilder app) =>
        app.UseWhen(IsResultPage, branch => branch.Use((context, next) =>
        {
            var coding = Choose(context.Request.Headers.AcceptEncoding);
            if (coding is null) context.Request.Headers.Remove(HeaderNames.AcceptEncoding);
            else context.Request.Headers.AcceptEncoding = coding;
            return next(context);
        }));

    /// <summary>After the output cache: what it stores is the compressed page.</summary>
    public static IApplicationBuilder UseResultPageCompression(this IApplicationBuilder app) =>
        app.UseWhen(IsResultPage, branch => branch.UseResponseCompression());

    /// <summary>A result page as anyone but its creator sees it right after creating it.</summary>
    public static bool IsResultPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/r", StringComparison.Ordinal)
            && !request.Cookies.ContainsKey(ResultPageCachePolicy.TempDataCookie);
    }

    /// <summary>The coding to send: Brotli, else gzip, if the client accepts it (quality above zero); otherwise none.</summary>
    public static string? Choose(Microsoft.Extensions.Primitives.StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings)) return null;
        bool Accepts(string coding)
        {
            double? quality = null;
            foreach (var entry in codings)
            {
                if (entry.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)) return (entry.Quality ?? 1) > 0;
                if (entry.Value.Equals("*", StringComparison.Ordinal)) quality = entry.Quality ?? 1;
            }
            return quality > 0;
        }
        return Accepts(Brotli) ? Brotli : Accepts(Gzip) ? Gzip : null;
    }
}
