using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Security;

/// <summary>
/// The Host header is the client's to choose: with the public address configured, it never reaches a link, the
/// OpenAPI document or a redirect, and another host is not served at all (issue 20).
/// </summary>
public sealed class PublicSiteTests : AppTest
{
    private const string Public = "https://advisor.example.org";

    public PublicSiteTests() => Factory.Settings["PublicSite:BaseUrl"] = Public;

    [Fact]
    public async Task Links_in_the_api_and_on_the_page_use_the_configured_address()
    {
        var created = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);

        Assert.StartsWith(Public + "/r/", created.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(Public + "/r/", created.GetProperty("manageUrl").GetString(), StringComparison.Ordinal);
        using var client = Factory.CreateBrowserLikeClient();
        var page = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(new Uri(created.GetProperty("url").GetString()!).AbsolutePath, UriKind.Relative)));
        Assert.StartsWith(Public + "/r/", page.QuerySelector("#share-url")!.GetAttribute("value"), StringComparison.Ordinal);
        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Equal(Public, document.GetProperty("servers")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused()
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = "evil.example";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_public_host_and_loopback_are_served()
    {
        using var client = Factory.CreateClient();
        foreach (var host in new[] { "advisor.example.org", "localhost" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
