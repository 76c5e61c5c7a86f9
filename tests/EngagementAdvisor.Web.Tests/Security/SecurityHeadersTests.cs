using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Security;

public sealed class SecurityHeadersTests : AppTest
{
    [Fact]
    public async Task Over_https_the_questionnaire_and_temp_data_cookies_are_secure_http_only_and_same_site()
    {
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://ea.test") });
        using var form = await client.GetAsync(new Uri("/assess", UriKind.Relative));
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        var tempData = posted.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider=", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, tempData })
        {
            var flags = cookie.ToLowerInvariant();
            Assert.Contains("; secure", flags, StringComparison.Ordinal);
            Assert.Contains("; httponly", flags, StringComparison.Ordinal);
            Assert.Contains("; samesite=", flags, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/assess")]
    [InlineData("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/css/site.css")]
    [InlineData("/api/models")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        // HSTS is never sent to localhost, so ask as a real host name would.
        using var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://ea.test") });

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("max-age=31536000", string.Join(" ", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Result_pages_are_not_indexed_or_cached_by_shared_caches()
    {
        var created = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = Factory.CreateSecureClient();

        using var response = await client.GetAsync(new Uri("/r/" + created.GetProperty("token").GetString(), UriKind.Relative));

        Assert.Equal("noindex, nofollow", response.Headers.GetValues("X-Robots-Tag").Single());
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.True(response.Headers.CacheControl.NoStore);
    }
}
