using System.Collections.Concurrent;
using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace EngagementAdvisor.Web.Tests.Security;

/// <summary>
/// Workshop pages show people's names and answers to whoever holds their link, and the facilitator's page is the key to
/// the workshop: like result pages (<see cref="SecurityHeadersTests"/>), no cache may keep any of them and no search
/// engine may list them, whatever the status (a page, a redirect, a refusal, an unknown or deleted link) and for the
/// live streams too.
/// </summary>
public sealed class WorkshopHeadersTests : AppTest
{
    [Fact]
    public async Task Every_workshop_response_is_kept_by_no_cache_and_indexed_by_no_search_engine()
    {
        var seen = new ConcurrentQueue<Seen>();
        await WorkshopJourney.RunAsync(() => Factory.CreateDefaultClient(new Uri("https://localhost"), new Recorder(seen), new CookieContainerHandler(new CookieContainer())));

        var workshop = seen.Where(s => s.Path.StartsWith("/w/", StringComparison.Ordinal) || s.Path.StartsWith("/w?", StringComparison.Ordinal)).ToList();
        // Every kind of answer the journey meets is among them, so the checks below cover each.
        foreach (var status in new[] { HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.Gone })
        {
            Assert.Contains(workshop, s => s.Status == status);
        }
        Assert.Contains(workshop, s => s.Path.EndsWith("/events", StringComparison.Ordinal) && s.Status == HttpStatusCode.OK);
        Assert.All(workshop, s =>
        {
            var what = $"{s.Method} {s.Path[..Math.Min(s.Path.Length, 12)]}… ({(int)s.Status})";
            Assert.True(s.Robots == "noindex, nofollow", $"{what} says X-Robots-Tag: {s.Robots}");
            // no-store: neither the browser nor a shared cache keeps it. Pages also say private; the stream may say no-store alone.
            Assert.True(s.CacheControl is { NoStore: true, Public: false, MaxAge: null, SharedMaxAge: null }, $"{what} says Cache-Control: {s.CacheControl}");
            if (!s.Path.EndsWith("/events", StringComparison.Ordinal)) Assert.True(s.CacheControl!.Private, $"{what} says Cache-Control: {s.CacheControl}");
        });
    }

    private sealed record Seen(string Method, string Path, HttpStatusCode Status, System.Net.Http.Headers.CacheControlHeaderValue? CacheControl, string? Robots);

    /// <summary>Notes each response's status and caching headers as it arrives (a stream's, as soon as its headers do).</summary>
    private sealed class Recorder(ConcurrentQueue<Seen> seen) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            seen.Enqueue(new Seen(request.Method.Method, request.RequestUri!.PathAndQuery, response.StatusCode, response.Headers.CacheControl,
                response.Headers.TryGetValues("X-Robots-Tag", out var robots) ? string.Join(", ", robots) : null));
            return response;
        }
    }
}
