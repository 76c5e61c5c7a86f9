using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// The workshop pages listen to server-sent events (/w/f/{token}/events, /w/p/{token}/events): "ready" at once, then
/// "changed" whenever the workshop does, so a facilitator sees answers arrive without reloading. One instance here.
/// </summary>
public sealed class LiveUpdatesTests : AppTest
{
    /// <summary>A bound on hanging, not a measure of speed: the events come within milliseconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>An open event stream, as the page's EventSource holds it.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly HttpClient _client;
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;

        private EventStream(HttpClient client, HttpResponseMessage response, StreamReader reader) => (_client, _response, _reader) = (client, response, reader);

        public HttpResponseMessage Response => _response;

        public static async Task<EventStream> OpenAsync(AdvisorFactory factory, string path)
        {
            var client = factory.CreateClient();
            // Headers only: the body never ends while the stream is open; the test server hands it over as it is written.
            var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return new EventStream(client, response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        /// <summary>Reads events until one named <paramref name="name"/> arrives; returns the names of those before it.</summary>
        public async Task<List<string>> WaitForAsync(string name)
        {
            using var timeout = new CancellationTokenSource(Patience);
            var before = new List<string>();
            try
            {
                while (true)
                {
                    var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException($"The stream ended before \"{name}\" (after {string.Join(", ", before)}).");
                    if (!line.StartsWith("event:", StringComparison.Ordinal)) continue;
                    var arrived = line["event:".Length..].Trim();
                    if (arrived == name) return before;
                    before.Add(arrived);
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw new TimeoutException($"No \"{name}\" event within {Patience.TotalSeconds} s (saw: {string.Join(", ", before)}).");
            }
        }

        public void Dispose()
        {
            _reader.Dispose();
            _response.Dispose();
            _client.Dispose();
        }
    }

    [Fact]
    public async Task The_facilitator_s_stream_says_ready_then_changed_when_a_participant_saves()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var dana = await Participant.JoinAsync(Factory, await facilitator.InvitePathAsync(), "Dana");
        using var stream = await EventStream.OpenAsync(Factory, facilitator.Link + "/events");

        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", stream.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Empty(await stream.WaitForAsync("ready"));

        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());

        // Nothing but keep-alives may come before it; the event carries no data, only the news that there is some.
        Assert.All(await stream.WaitForAsync("changed"), name => Assert.Equal("ping", name));
        Assert.Equal("1 joined, 1 answered, 1 counted in the group's result.", PageText.Of(await facilitator.PageAsync(), "#answered-summary"));
    }

    [Fact]
    public async Task The_facilitator_s_stream_says_changed_when_someone_joins()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var stream = await EventStream.OpenAsync(Factory, facilitator.Link + "/events");
        await stream.WaitForAsync("ready");

        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");

        await stream.WaitForAsync("changed");
    }

    [Fact]
    public async Task A_participant_s_stream_says_changed_when_the_facilitator_reveals_the_answers()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli");
        await dana.AnswerAndCheckAsync(Stakeholders.Cto());
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        using var stream = await EventStream.OpenAsync(Factory, eli.Link + "/events");
        await stream.WaitForAsync("ready");

        using (var revealed = await facilitator.RevealAsync(true)) Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);

        await stream.WaitForAsync("changed");
        // Reloading, as the page then does, shows what changed.
        Assert.Contains("Dana", PageText.Of(await eli.PageAsync(), "#everyone"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_streams_hear_the_delete_and_streams_opened_after_it_are_410()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var dana = await Participant.JoinAsync(Factory, await facilitator.InvitePathAsync(), "Dana");
        using var stream = await EventStream.OpenAsync(Factory, dana.Link + "/events");
        await stream.WaitForAsync("ready");

        using (var deleted = await facilitator.DeleteAsync()) Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        // The page reloads on "changed" and is told the workshop was deleted.
        await stream.WaitForAsync("changed");
        using var client = Factory.CreateClient();
        using var again = await client.GetAsync(new Uri(facilitator.Link + "/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
    }
}
