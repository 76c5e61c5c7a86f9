using System.Net;
using System.Text;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Security;

public sealed class RateLimitTests : AppTest
{
    [Fact]
    public async Task Creating_too_many_assessments_gets_429_with_retry_after_and_stores_no_more()
    {
        Factory.Settings["RateLimits:CreatePerMinute"] = "3";
        using var client = Factory.CreateClient();
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
    public async Task Admin_sign_in_attempts_are_limited_per_client()
    {
        Factory.Settings["RateLimits:SignInPerMinute"] = "2";
        using var client = Factory.CreateSecureClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AdminSession.SignInAsync(client, "nobody@example.test", "wrong-password-123");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
