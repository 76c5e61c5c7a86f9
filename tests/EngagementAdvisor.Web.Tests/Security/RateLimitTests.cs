using System.Net;
using System.Text;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Security;

/// <remarks>
/// On PostgreSQL the counts are per clock minute (<see cref="RateLimitWindow"/>): each test starts well inside one, or a
/// minute ending mid-test would start its count again and the 429 it expects would not come.
/// </remarks>
public sealed class RateLimitTests : AppTest
{
    [Fact]
    public async Task Creating_too_many_assessments_gets_429_with_retry_after_and_stores_no_more()
    {
        Factory.Settings["RateLimits:CreatePerMinute"] = "3";
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(3, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Guessing_result_links_is_limited()
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "5";
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();
        var last = HttpStatusCode.OK;
        for (var i = 0; i < 7; i++)
        {
            using var response = await client.GetAsync(new Uri($"/r/{new string('A', 42)}{(char)('A' + i)}", UriKind.Relative));
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        using var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_comparison_spends_one_look_up_per_link_it_names()
    {
        // Four guesses per request used to cost one permit: about 33,000 guesses a minute.
        Factory.Settings["RateLimits:LookupPerMinute"] = "8";
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();
        string Guess(int i) => new string('A', 42) + (char)('A' + i);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri($"/compare?r={Guess(4 * i)}&r={Guess(4 * i + 1)}&r={Guess(4 * i + 2)}&r={Guess(4 * i + 3)}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        // Unknown links answer 404; the third comparison would be guesses 9 to 12 of a budget of 8.
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("GET", "/assess?from={0}")]
    [InlineData("POST", "/r/{0}/manage/{0}")]
    public async Task Adjusting_a_result_and_posting_to_a_manage_link_spend_look_ups_too(string method, string template)
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "3";
        using var client = Factory.CreateBrowserLikeClient();
        await RateLimitWindow.StartWellInsideAsync();
        var last = HttpStatusCode.OK;
        for (var i = 0; i < 5; i++)
        {
            var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('A', 42) + (char)('A' + i));
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
            if (method == "POST") request.Content = new FormUrlEncodedContent(new Dictionary<string, string>());
            using var response = await client.SendAsync(request);
            last = response.StatusCode;
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last);
    }

    [Fact]
    public async Task Admin_sign_in_attempts_are_limited_per_client()
    {
        Factory.Settings["RateLimits:SignInPerMinute"] = "2";
        using var client = Factory.CreateSecureClient();
        await RateLimitWindow.StartWellInsideAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AdminSession.SignInAsync(client, "nobody@example.test", "wrong-password-123");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_budget()
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "2";
        Factory.Settings["ReverseProxy:KnownProxies:0"] = "10.0.0.5";
        Factory.SimulatePeers = true;
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LookUpAsync(client, peer: "10.0.0.5", forwardedFor: "203.0.113.1", times: 3))[^1]);
        // Another client behind the same proxy still has its whole budget.
        Assert.All(await LookUpAsync(client, peer: "10.0.0.5", forwardedFor: "203.0.113.2", times: 2), s => Assert.Equal(HttpStatusCode.NotFound, s));
    }

    [Fact]
    public async Task A_client_that_is_not_the_proxy_cannot_escape_its_limit_by_forging_x_forwarded_for()
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "2";
        Factory.Settings["ReverseProxy:KnownProxies:0"] = "10.0.0.5";
        Factory.SimulatePeers = true;
        using var client = Factory.CreateClient();
        await RateLimitWindow.StartWellInsideAsync();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.AddRange(await LookUpAsync(client, peer: "198.51.100.7", forwardedFor: $"203.0.113.{i + 10}", times: 1));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private static async Task<List<HttpStatusCode>> LookUpAsync(HttpClient client, string peer, string forwardedFor, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/r/{new string('B', 43)}", UriKind.Relative));
            request.Headers.Add("X-Test-Peer", peer);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
