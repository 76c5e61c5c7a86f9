using System.Globalization;
using System.Net;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Security;

/// <summary>
/// Workshops under the per-client limits, as results are (<see cref="RateLimitTests"/>): starting a workshop and joining
/// one store a row, so they spend the create budget; every workshop link (the facilitator's, a participant's, their live
/// streams) and every invite code tried is a secret looked up, so it spends the look-up budget. Over either: 429 with
/// Retry-After, and nothing stored.
/// </summary>
public sealed class WorkshopRateLimitTests : AppTest
{
    [Fact]
    public async Task Starting_and_joining_workshops_spend_one_create_budget_and_get_429_with_retry_after_over_it()
    {
        Factory.Settings["RateLimits:CreatePerMinute"] = "3";
        using var client = Factory.CreateBrowserLikeClient();
        await RateLimitWindow.StartWellInsideAsync();

        // One workshop and two people joining, each on their own browser from the same address: the three creations the budget allows.
        var facilitatorPath = await WorkshopSteps.CreateAsync(client, "Budget check");
        var code = await WorkshopSteps.InviteCodeAsync(client, facilitatorPath);
        using (var dana = Factory.CreateBrowserLikeClient()) await WorkshopSteps.JoinAsync(dana, code, "Dana");
        using (var lee = Factory.CreateBrowserLikeClient()) await WorkshopSteps.JoinAsync(lee, code, "Lee");

        // The invite still opens (a look-up, not a creation), but the third person's join is refused, and so is a second workshop.
        using var sam = Factory.CreateBrowserLikeClient();
        using (var joining = await WorkshopSteps.SubmitAsync(sam, sam, "/w/join/" + code, "#join-form", new Dictionary<string, string> { ["name"] = "Sam" }))
        {
            AssertTooMany(joining);
        }
        using (var creating = await WorkshopSteps.SubmitAsync(client, client, "/workshops/new", "#new-workshop",
            new Dictionary<string, string> { ["title"] = "One too many", ["roles"] = "", ["names"] = "named" }))
        {
            AssertTooMany(creating);
        }

        Assert.Equal(1, await Factory.WithDbAsync(db => db.Workshops.CountAsync()));
        Assert.Equal(["Dana", "Lee"], await Factory.WithDbAsync(db => db.WorkshopParticipants.OrderBy(p => p.Number).Select(p => p.Name!).ToListAsync()));
    }

    [Fact]
    public async Task Joins_spend_the_create_budget_only_not_the_look_up_budget_as_well()
    {
        // Three joins cost three creations; were they also look-ups, the facilitator's page would then be refused.
        Factory.Settings["RateLimits:LookupPerMinute"] = "5";
        using var client = Factory.CreateBrowserLikeClient();
        await RateLimitWindow.StartWellInsideAsync();
        var facilitatorPath = await WorkshopSteps.CreateAsync(client, "Look-ups check");
        var code = await WorkshopSteps.InviteCodeAsync(client, facilitatorPath); // look-up 1
        using (var form = await client.GetAsync(new Uri("/w/join/" + code, UriKind.Relative))) // look-up 2
        {
            var document = await HtmlForms.ParseAsync(form);
            var joinForm = document.QuerySelector("#join-form")!;
            foreach (var name in new[] { "Dana", "Lee", "Sam" })
            {
                using var joined = await WorkshopSteps.PostAsync(client, joinForm, new Dictionary<string, string> { ["name"] = name }, "/w/join/" + code);
                Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
            }
        }

        using var page = await client.GetAsync(new Uri(facilitatorPath, UriKind.Relative)); // look-up 3
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(3, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
    }

    [Theory]
    [InlineData("/w/join/{code}")]
    [InlineData("/w/join?code={code}")]
    [InlineData("/w/f/{token}")]
    [InlineData("/w/p/{token}")]
    [InlineData("/w/f/{token}/events")]
    [InlineData("/w/p/{token}/events")]
    public async Task Guessing_invite_codes_and_workshop_links_spends_the_look_up_budget(string template)
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "5";
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            // Each guess well-formed, so it reaches the database: an unknown code or link, 404.
            var guess = template.Replace("{code}", InviteCode.New(), StringComparison.Ordinal).Replace("{token}", ShareToken.New(), StringComparison.Ordinal);
            using var response = await client.GetAsync(new Uri(guess, UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) AssertTooMany(response);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.NotFound, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        // Only looking up is refused: the home page and its "run a workshop" page still open.
        foreach (var open in new[] { "/", "/workshops/new" })
        {
            using var response = await client.GetAsync(new Uri(open, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Every_kind_of_workshop_guess_and_post_to_a_guessed_link_draws_on_one_look_up_budget()
    {
        // Spreading guesses over the kinds of link does not multiply the allowance.
        Factory.Settings["RateLimits:LookupPerMinute"] = "6";
        using var client = Factory.CreateBrowserLikeClient();
        await RateLimitWindow.StartWellInsideAsync();
        var requests = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, "/w/join/" + InviteCode.New()),
            (HttpMethod.Get, "/w/f/" + ShareToken.New()),
            (HttpMethod.Post, "/w/f/" + ShareToken.New() + "?handler=close"),
            (HttpMethod.Get, "/w/p/" + ShareToken.New()),
            (HttpMethod.Post, "/w/p/" + ShareToken.New()),
            (HttpMethod.Get, "/w/p/" + ShareToken.New() + "/events"),
            (HttpMethod.Get, "/w/f/" + ShareToken.New()),
            (HttpMethod.Post, "/w/p/" + ShareToken.New()),
        };
        var statuses = new List<HttpStatusCode>();
        foreach (var (method, path) in requests)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            if (method == HttpMethod.Post) request.Content = new FormUrlEncodedContent(new Dictionary<string, string>());
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        // The first six are answered (unknown, or a post without its form's token refused); the last two are over the budget.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses[..6]);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[6..]);
    }

    private static void AssertTooMany(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
    }
}
