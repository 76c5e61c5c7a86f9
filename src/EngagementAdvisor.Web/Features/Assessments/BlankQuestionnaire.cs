using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The blank questionnaire, <c>GET /assess</c> without a query string, is the page every new visitor sees, and it is
/// the same page for all of them but for one thing: the antiforgery token in its form. Razor renders it once; after
/// that each request gets those bytes with its own visitor's token put where the first visitor's token stood.
/// </summary>
/// <remarks>
/// The token is still made by <see cref="IAntiforgery"/> for every request (with its cookie and its no-store
/// headers), so the form posts and is checked exactly as a rendered one. Nothing else on the page depends on the
/// visitor, the time or the weights: its questions come from the compiled-in questionnaire, its asset links carry
/// the hash of files that do not change while the process runs. A copy is only taken from a 200 that contains its
/// own request token exactly once; anything else (answers being adjusted, errors, a query string, a HEAD) is
/// rendered by Razor every time. The copy lives as long as the process, like the compiled page it came from.
/// </remarks>
public sealed class BlankQuestionnaire(IAntiforgery antiforgery) : IAsyncResourceFilter
{
    private Copy? copy;
    private int capturing;
    private long served;

    private sealed record Copy(byte[] Before, byte[] After, string ContentType);

    /// <summary>Requests answered from the copy: how tests tell the two paths apart.</summary>
    internal long Served => Interlocked.Read(ref served);

    public static bool IsBlank(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsGet(request.Method) && !request.QueryString.HasValue;
    }

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!IsBlank(http.Request))
        {
            await next();
            return;
        }
        if (Volatile.Read(ref copy) is { } page)
        {
            var token = antiforgery.GetAndStoreTokens(http).RequestToken
                ?? throw new InvalidOperationException("Antiforgery issued no request token.");
            Interlocked.Increment(ref served);
            context.Result = new CopyResult(page, token);
            return;
        }
        // One request takes the copy; the others that arrive meanwhile are rendered as usual.
        if (Interlocked.Exchange(ref capturing, 1) == 1)
        {
            await next();
            return;
        }
        try
        {
            await RenderAndCopyAsync(http, next);
        }
        finally
        {
            if (Volatile.Read(ref copy) is null) Volatile.Write(ref capturing, 0);
        }
    }

    private async Task RenderAndCopyAsync(HttpContext http, ResourceExecutionDelegate next)
    {
        var body = http.Response.Body;
        using var rendered = new MemoryStream();
        http.Response.Body = rendered;
        ResourceExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            http.Response.Body = body;
        }
        var bytes = rendered.ToArray();
        if (executed.Exception is null && http.Response.StatusCode == StatusCodes.Status200OK
            && http.Response.ContentType is { } contentType && contentType.StartsWith("text/html", StringComparison.Ordinal)
            && antiforgery.GetTokens(http).RequestToken is { } token
            && Split(bytes, Encoding.ASCII.GetBytes(token)) is var (before, after))
        {
            Volatile.Write(ref copy, new Copy(before, after, contentType));
        }
        await body.WriteAsync(bytes, http.RequestAborted);
    }

    /// <summary>The page around its token, if the token occurs exactly once.</summary>
    internal static (byte[] Before, byte[] After)? Split(byte[] page, byte[] token)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(token);
        var at = page.AsSpan().IndexOf(token);
        if (token.Length == 0 || at < 0 || page.AsSpan(at + token.Length).IndexOf(token) >= 0) return null;
        return (page[..at], page[(at + token.Length)..]);
    }

    private sealed class CopyResult(Copy page, string token) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = page.ContentType;
            response.ContentLength = page.Before.Length + token.Length + page.After.Length;
            var writer = response.BodyWriter;
            writer.Write<byte>(page.Before);
            Encoding.ASCII.GetBytes(token, writer);
            writer.Write<byte>(page.After);
            await writer.FlushAsync(context.HttpContext.RequestAborted);
        }
    }
}
