using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// A workshop's pages show names and answers to whoever holds their link, so no cache keeps them, no search engine
/// lists them, no referrer carries their link to another site, and the request log keeps no link or invite code.
/// </summary>
public sealed class WorkshopPrivacyTests : AppTest
{
    public WorkshopPrivacyTests()
    {
        // The request log, as an operator runs it (information level); the test default logs warnings only.
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
    }

    [Fact]
    public async Task Every_workshop_page_is_kept_by_no_cache_listed_by_no_index_and_sent_as_no_referrer()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        using var client = Factory.CreateBrowserLikeClient();

        foreach (var path in new[] { facilitator.Link, dana.Link, invite, "/w/join", facilitator.Link + "/events", dana.Link + "/events" })
        {
            using var response = await (path == dana.Link ? dana.Client : path == facilitator.Link ? facilitator.Client : client)
                .GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl!;
            Assert.True(cacheControl.NoStore && cacheControl.Private, $"{path}: Cache-Control {cacheControl}");
            Assert.Equal("noindex, nofollow", string.Join(", ", response.Headers.GetValues("X-Robots-Tag")));
            Assert.Equal("no-referrer", string.Join(", ", response.Headers.GetValues("Referrer-Policy")));
        }
    }

    [Fact]
    public async Task The_request_log_keeps_no_workshop_link_and_no_invite_code()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        var code = invite["/w/join/".Length..];
        using var client = Factory.CreateBrowserLikeClient();
        using (var typed = await client.GetAsync(new Uri("/w/join/" + code.ToLowerInvariant(), UriKind.Relative))) Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
        using (var settled = await facilitator.SettleAsync("budget", "250000")) Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);

        // The request log names each request, with its secrets cut out.
        var requests = await Factory.Logs.WaitForAsync(e => LogCapture.TextsOf(e).Any(t => t.Contains("/w/p/", StringComparison.Ordinal)));
        Assert.NotEmpty(requests);
        Assert.Contains(Factory.Logs.Events, e => LogCapture.TextsOf(e).Any(t => t.Contains("/w/join/…", StringComparison.Ordinal)));
        foreach (var text in Factory.Logs.Events.SelectMany(LogCapture.TextsOf))
        {
            Assert.DoesNotContain(facilitator.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(dana.Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(code, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Dana", text, StringComparison.Ordinal);
        }
    }
}
