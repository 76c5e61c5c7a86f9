using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// Server-sent events for the workshop pages (ADR 0029): <c>/w/f/{token}/events</c> for the facilitator and
/// <c>/w/p/{token}/events</c> for a participant send <c>changed</c> whenever the workshop does, and the page fetches
/// itself again. The stream carries no data, only the news that there is some: what a page shows is decided where it is
/// rendered, by the same checks as a reload. A comment every 20 seconds keeps proxies from closing an idle stream.
/// </summary>
public static class WorkshopEvents
{
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(20);

    public static IEndpointRouteBuilder MapWorkshopEvents(this IEndpointRouteBuilder app)
    {
        app.MapGet("/w/f/{token}/events", async (string token, WorkshopStore store, WorkshopChanges changes, IHostApplicationLifetime lifetime, HttpContext context) =>
            Stream(await store.FindByFacilitatorAsync(token, context.RequestAborted), changes, lifetime, context))
            .ExcludeFromDescription();
        app.MapGet("/w/p/{token}/events", async (string token, WorkshopStore store, WorkshopChanges changes, IHostApplicationLifetime lifetime, HttpContext context) =>
            Stream(await store.FindByParticipantAsync(token, context.RequestAborted), changes, lifetime, context))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult Stream(WorkshopLookup lookup, WorkshopChanges changes, IHostApplicationLifetime lifetime, HttpContext context)
    {
        if (lookup.Outcome == Lookup.Gone) return TypedResults.StatusCode(StatusCodes.Status410Gone);
        if (lookup.Workshop is not { } workshop) return TypedResults.NotFound();
        // Neither a proxy nor the browser may keep it; nginx would otherwise buffer the stream.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        return TypedResults.ServerSentEvents(Changes(changes, workshop.Id, context.RequestAborted, lifetime.ApplicationStopping));
    }

    private static async IAsyncEnumerable<SseItem<string>> Changes(
        WorkshopChanges changes, long workshopId, CancellationToken aborted, CancellationToken stopping, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Watched from the moment the stream starts, inside it: a request that ends before it starts leaves nothing behind.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        using var watch = changes.Watch(workshopId);
        {
            // Sent at once, so the page knows it is live (and hides its "reload to see changes" hint).
            yield return new SseItem<string>("", "ready");
            while (!stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                bool changed, stopped = false;
                try
                {
                    using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop.Token, cancellationToken);
                    wait.CancelAfter(KeepAlive);
                    changed = await watch.Changes.WaitToReadAsync(wait.Token) && watch.Changes.TryRead(out _);
                }
                catch (OperationCanceledException) when (!stop.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    changed = false;
                }
                catch (OperationCanceledException)
                {
                    changed = false;
                    stopped = true;
                }
                if (stopped) yield break;
                yield return changed ? new SseItem<string>("", "changed") : new SseItem<string>("", "ping");
            }
        }
    }
}
