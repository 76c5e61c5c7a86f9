using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Layout;

public sealed class StaticAssetsTests : AppTest
{
    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/js/checklist.js")]
    public async Task Stylesheet_and_scripts_are_served_with_content_outside_development(string path)
    {
        // Outside Development a non-published build once answered these with an empty 200 when the
        // browser accepted gzip, leaving pages unstyled and the checklist without memory.
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length > 200, $"{path} came back with {body.Length} bytes");
    }
}
