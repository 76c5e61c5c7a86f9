using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Admin;

public sealed class AdminAccessTests : AppTest
{
    /// <summary>Every admin page the app maps, found by scanning its endpoints, so a new page cannot slip through.</summary>
    private List<string> AdminRoutes()
    {
        _ = Factory.Server; // start the app
        var endpoints = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var routes = endpoints
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { } page && page.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').Replace("{id:long}", "1", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        Assert.Contains("/admin/weights", routes);
        Assert.Contains("/admin/assessments", routes);
        return routes;
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_every_admin_page()
    {
        using var client = Factory.CreateSecureClient();
        foreach (var route in AdminRoutes())
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{route}: {response.StatusCode}");
            Assert.StartsWith("https://localhost/account/signin", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Signed_in_users_without_the_admin_role_get_403_on_every_admin_page()
    {
        using var client = await AdminSession.NonAdminAsync(Factory);
        foreach (var route in AdminRoutes())
        {
            using var response = await client.GetAsync(new Uri(route, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{route}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Admin_posts_without_an_antiforgery_token_are_refused_and_change_nothing()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var before = await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count()));
        foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
        {
            ("/admin/weights?handler=Save", new() { ["Form.BaseVersion"] = "1", ["Form.Comment"] = "x" }),
            ("/admin/weights?handler=Preview", new() { ["Form.BaseVersion"] = "1" }),
            ("/admin/weights/history?handler=RollBack", new() { ["version"] = "1", ["baseVersion"] = "1", ["comment"] = "x" }),
            ("/account/signout", new()),
            ("/account/two-factor", new() { ["Code"] = "123456" }),
        })
        {
            using var content = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
        }
        Assert.Equal(before, await Factory.WithDbAsync(db => Task.FromResult(db.WeightSetVersions.Count())));
        using var stillIn = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_make_even_the_right_one_wait_instead_of_locking_the_account()
    {
        using var client = Factory.CreateSecureClient();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, "wrong-password-" + i);
            Assert.True(wrong.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.TooManyRequests, $"attempt {i}: {wrong.StatusCode}");
        }

        using var right = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, Factory.AdminPassword);
        var document = await HtmlForms.ParseAsync(right);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Matches(@"Wait \d+ seconds", document.QuerySelector("#signin-error")!.TextContent);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_even_for_a_copy_of_the_old_cookie()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var cookie = admin.RequestMessage!.Headers.GetValues("Cookie").Single();

        var page = await HtmlForms.ParseAsync(admin);
        using var signOut = await HtmlForms.SubmitAsync(client, "/admin", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var replay = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var replayed = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.NotNull(page.QuerySelector("form[action='/account/signout']"));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/weights")]
    [InlineData("/admin/assessments")]
    [InlineData("/account/two-factor")]
    public async Task Admin_pages_and_the_two_factor_key_are_kept_by_no_cache(string path)
    {
        using var client = await AdminSession.AdminAsync(Factory);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("a-long-passphrase")]
    [InlineData("correct horse battery staple")]
    public async Task A_long_passphrase_makes_the_first_admin_whatever_characters_it_has(string password)
    {
        // Length, not composition (ASVS 2.1.9): the README's example passphrase must work as written.
        await using var app = AdvisorFactory.WithAdminPassword(password);
        using var client = await AdminSession.AdminAsync(app);

        using var admin = await client.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task A_first_admin_password_under_twelve_characters_is_refused_and_no_admin_exists()
    {
        await using var app = AdvisorFactory.WithAdminPassword("short-pw");
        using var client = app.CreateSecureClient();

        using var response = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, "short-pw");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Fact]
    public async Task Admin_cookies_are_secure_http_only_and_same_site()
    {
        using var client = Factory.CreateSecureClient();
        using var response = await AdminSession.SignInAsync(client, AdvisorFactory.AdminEmail, Factory.AdminPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ea-admin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_sign_in_link_cannot_send_the_admin_to_another_site()
    {
        using var client = Factory.CreateSecureClient();
        using var response = await HtmlForms.SubmitAsync(client, "/account/signin?returnUrl=https://evil.example/",
            new Dictionary<string, string> { ["Email"] = AdvisorFactory.AdminEmail, ["Password"] = Factory.AdminPassword, ["ReturnUrl"] = "https://evil.example/" });

        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }
}
