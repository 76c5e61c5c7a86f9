using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// A workshop's links are its keys: a link that is not one (guessed, mistyped, cut short, or the other kind of link)
/// is a plain 404, to look at, to post to and to listen on, and never a server error.
/// </summary>
public sealed class WrongWorkshopLinksTests : AppTest
{
    public WrongWorkshopLinksTests()
    {
        // Dozens of wrong links from one address within a minute: answered for what they are, not with 429.
        Factory.Settings["RateLimits:LookupPerMinute"] = "100000";
        Factory.Settings["RateLimits:CreatePerMinute"] = "100000";
    }

    private static string RandomToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Tokens that cannot be a link's, as they would appear in a path (escaped where a browser would escape them).</summary>
    private static IEnumerable<string> Malformed()
    {
        var token = RandomToken();
        yield return "abc";
        yield return token[..42];
        yield return token + "A";
        yield return token[..42] + "=";
        yield return token[..42] + "%2B";
        yield return token[..21] + "%2F" + token[22..];
        yield return token[..42] + "B"; // 43 characters, but the last one's spare bits are set: not a canonical token
        // (A NUL in a path never reaches the app: Kestrel refuses the request line, and the test server cannot send it.)
        yield return "%01" + token[1..];
        yield return token[..20] + "%20" + token[21..];
        yield return string.Concat(Enumerable.Repeat("%C3%A9", 43));
        yield return new string('A', 2000);
        yield return "..%2F..%2Fadmin";
    }

    [Fact]
    public async Task A_random_or_malformed_facilitator_or_participant_link_is_404_to_look_at_and_to_listen_on()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var dana = await Participant.JoinAsync(Factory, await facilitator.InvitePathAsync(), "Dana");
        using var client = Factory.CreateBrowserLikeClient();

        // Well-formed tokens of no workshop, and real tokens of the other kind of link.
        var tokens = Malformed().Concat([RandomToken(), RandomToken()]).ToList();
        var paths = tokens.SelectMany(t => new[] { "/w/f/" + t, "/w/p/" + t, $"/w/f/{t}/events", $"/w/p/{t}/events" })
            .Concat(["/w/f/" + dana.Token, "/w/p/" + facilitator.Token, $"/w/f/{dana.Token}/events", $"/w/p/{facilitator.Token}/events"]);

        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri("http://localhost" + path), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path}: {(int)response.StatusCode}");
        }
        // The real links still work: nothing above changed them.
        Assert.NotNull((await facilitator.PageAsync()).QuerySelector("#invite-code"));
        Assert.NotNull((await dana.PageAsync()).QuerySelector("#answers-form"));
    }

    [Fact]
    public async Task Posting_to_a_random_or_malformed_link_with_a_valid_form_token_is_404_and_changes_nothing()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var dana = await Participant.JoinAsync(Factory, await facilitator.InvitePathAsync(), "Dana");
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
        // The forms' token is the browser's, not the link's: with it, a post reaches the page and is refused for its link.
        var formToken = await facilitator.FormTokenAsync();
        var tokens = Malformed().Concat([RandomToken(), dana.Token]).ToList();
        // Start-up may log its own (EF Core's migration checks on PostgreSQL); only what these requests log counts.
        var logged = Factory.Logs.Events.Count;

        foreach (var token in tokens)
        {
            foreach (var handler in new[] { "settle", "reopen", "include", "reveal", "close", "delete" })
            {
                using var content = new FormUrlEncodedContent(
                [
                    new("__RequestVerificationToken", formToken), new("question", "budget"), new("value", "250000"),
                    new("participant", "1"), new("include", "no"), new("reveal", "yes"),
                ]);
                using var post = await facilitator.Client.PostAsync(new Uri($"http://localhost/w/f/{token}?handler={handler}"), content);
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST /w/f/{token}?handler={handler}: {(int)post.StatusCode}");
            }
        }
        var participantToken = (await dana.PageAsync()).QuerySelector("#answers-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var token in tokens.Take(tokens.Count - 1).Append(facilitator.Token))
        {
            using var content = new FormUrlEncodedContent(Stakeholders.Cto().Append(new("__RequestVerificationToken", participantToken)));
            using var post = await dana.Client.PostAsync(new Uri($"http://localhost/w/p/{token}"), content);
            Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST /w/p/{token}: {(int)post.StatusCode}");
        }

        var page = await facilitator.PageAsync();
        Assert.Equal("1 joined, 1 answered, 1 counted in the group's result.", PageText.Of(page, "#answered-summary"));
        Assert.Null(page.QuerySelector("#q-budgetUsd .settled"));
        Assert.NotNull(page.QuerySelector("#reveal-answers"));
        Assert.Contains("$150,000", PageText.Of(page, "#q-budgetUsd"), StringComparison.Ordinal);
        Assert.Equal(1, await Factory.WithDbAsync(db => Task.FromResult(db.Workshops.Count(w => w.DeletedAt == null && w.ClosedAt == null))));
        Assert.DoesNotContain(Factory.Logs.Events.Skip(logged), e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }
}
