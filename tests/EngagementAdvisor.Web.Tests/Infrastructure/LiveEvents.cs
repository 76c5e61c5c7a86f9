using System.Net;
using System.Net.Http.Headers;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// A workshop page's live updates as the browser's EventSource reads them: the response is taken as soon as its headers
/// arrive, then read line by line for <c>event: …</c> lines.
/// </summary>
public sealed class LiveEvents : IAsyncDisposable
{
    /// <summary>
    /// How long a test waits for an event before failing: it bounds a hang, it does not time the app. A change usually
    /// arrives within milliseconds, also from another instance; a slow CI machine must not turn that into a failure.
    /// </summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private LiveEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    /// <summary>Opens the stream at <paramref name="path"/>; fails unless it answers 200 with text/event-stream.</summary>
    public static async Task<LiveEvents> OpenAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var opening = new CancellationTokenSource(Patience);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, opening.Token);
        try
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            return new LiveEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync(opening.Token)));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads until the event named <paramref name="name"/> arrives and returns true, or false when none does within
    /// <see cref="Patience"/> (or the server ends the stream). Other events on the way (a keep-alive ping) are skipped.
    /// </summary>
    public async Task<bool> HearsAsync(string name)
    {
        using var patience = new CancellationTokenSource(Patience);
        try
        {
            while (await _reader.ReadLineAsync(patience.Token) is { } line)
            {
                if (line == "event: " + name) return true;
            }
            return false;
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        // Closing the connection is how a browser leaves the page; the server ends the stream on its side.
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
