using System.Net;
using System.Security.Cryptography;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Admin;

public sealed class TwoFactorTests : AppTest
{
    /// <summary>
    /// RFC 6238 TOTP, as an authenticator app computes it from the shared key; <paramref name="step"/> 1 is the next
    /// 30-second step's code, which Identity also accepts now (it allows a few steps of clock drift). Each code is let in
    /// once, so a sign-in right after set-up uses the next step's.
    /// </summary>
    private static string Totp(string base32Key, int step = 0)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(base32Key.ToUpperInvariant().Where(c => alphabet.Contains(c, StringComparison.Ordinal))
            .Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var counter = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
#pragma warning disable CA5350 // RFC 6238 authenticator apps use HMAC-SHA1; this mirrors them.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var code = ((hash[offset] & 0x7f) << 24 | hash[offset + 1] << 16 | hash[offset + 2] << 8 | hash[offset + 3]) % 1_000_000;
        return code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Turns two-factor on with the current code; returns the shared key and the code it spent.</summary>
    private static async Task<(string Key, string Code)> EnableTwoFactorAsync(HttpClient client)
    {
        var setup = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/account/two-factor", UriKind.Relative)));
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var code = Totp(key);
        using var enabled = await HtmlForms.SubmitAsync(client, "/account/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        return (key, code);
    }

    [Fact]
    public async Task The_set_up_page_shows_a_QR_code_that_scans_to_the_link_and_key_it_shows()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var setup = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/account/two-factor", UriKind.Relative)));
        var link = setup.QuerySelector("#authenticator-uri")!.TextContent;
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        var qr = setup.QuerySelector("svg#authenticator-qr")!;

        var painted = QrCodeScanner.Paint(qr);

        Assert.Equal(link, QrCodeScanner.Decode(painted));
        Assert.Equal(link, setup.QuerySelector("a#authenticator-link")!.GetAttribute("href"));
        Assert.Matches("^[A-Z2-7]{4}( [A-Z2-7]{4}){7}$", key);
        Assert.StartsWith("otpauth://totp/EngagementAdvisor:", link, StringComparison.Ordinal);
        Assert.Contains($"secret={key.Replace(" ", "", StringComparison.Ordinal)}&", link, StringComparison.Ordinal);
        // The quiet zone: four light modules on every side, or a scanner cannot find the code's edges on a dark page.
        var size = painted.GetLength(0);
        Assert.All(Enumerable.Range(0, size), along => Assert.All(new[] { 0, 1, 2, 3, size - 4, size - 3, size - 2, size - 1 }, across =>
        {
            Assert.False(painted[along, across], $"module ({along}, {across}) is dark");
            Assert.False(painted[across, along], $"module ({across}, {along}) is dark");
        }));
        Assert.True(painted[4, 4], "the finder pattern starts right inside the quiet zone");
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Equal("QR code for your authenticator app", qr.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task The_set_up_page_sends_the_key_nowhere_and_needs_nothing_the_content_policy_forbids()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        using var response = await client.GetAsync(new Uri("/account/two-factor", UriKind.Relative));
        var setup = await HtmlForms.ParseAsync(response);
        var key = setup.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        var addresses = setup.All.SelectMany(element => element.Attributes
            .Where(a => a.LocalName is "src" or "srcset" or "href" or "action" or "data" or "poster" or "formaction")
            .Select(a => (Element: element, a.Value))).ToList();

        // Only the authenticator link itself carries the key; nothing is loaded from, or sent to, another site.
        Assert.Equal(["authenticator-link"], addresses.Where(a => a.Value.Contains(key, StringComparison.OrdinalIgnoreCase)).Select(a => a.Element.Id));
        Assert.DoesNotContain(addresses, a => a.Value.StartsWith("//", StringComparison.Ordinal) || a.Value.Contains("://", StringComparison.Ordinal) && !a.Value.StartsWith("otpauth://", StringComparison.Ordinal));
        // The policy forbids inline style and script: a style attribute would silently be dropped by the browser.
        Assert.Empty(setup.QuerySelectorAll("[style], style, script:not([src])"));
        Assert.Contains("style-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_can_turn_on_an_authenticator_and_then_needs_its_code_to_sign_in()
    {
        using var client = await AdminSession.AdminAsync(Factory);
        var (key, _) = await EnableTwoFactorAsync(client);

        using var fresh = Factory.CreateSecureClient();
        using var password = await AdminSession.SignInAsync(fresh, AdvisorFactory.AdminEmail, Factory.AdminPassword);
        Assert.StartsWith("/account/signin-2fa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var notYet = await fresh.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, notYet.StatusCode);

        using var wrong = await HtmlForms.SubmitAsync(fresh, password.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = "000000" == Totp(key, 1) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        using var right = await HtmlForms.SubmitAsync(fresh, password.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = Totp(key, 1) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        using var admin = await fresh.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task An_authenticator_code_signs_in_once_only()
    {
        string setUpCode;
        using (var client = await AdminSession.AdminAsync(Factory))
        {
            (_, setUpCode) = await EnableTwoFactorAsync(client);
        }
        async Task<HttpStatusCode> SignInWithAsync(string totp)
        {
            using var fresh = Factory.CreateSecureClient();
            using var password = await AdminSession.SignInAsync(fresh, AdvisorFactory.AdminEmail, Factory.AdminPassword);
            using var second = await HtmlForms.SubmitAsync(fresh, password.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = totp });
            return second.StatusCode;
        }

        var key = await Factory.WithDbAsync(db => Task.FromResult(db.UserTokens.Single(t => t.Name == "AuthenticatorKey").Value!));
        // The code that turned two-factor on is spent too.
        Assert.Equal(HttpStatusCode.BadRequest, await SignInWithAsync(setUpCode));
        var code = Totp(key, 1);

        Assert.Equal(HttpStatusCode.Redirect, await SignInWithAsync(code));
        // Someone who saw the code over the admin's shoulder, within its 30 seconds.
        Assert.Equal(HttpStatusCode.BadRequest, await SignInWithAsync(code));
    }

    [Fact]
    public async Task When_two_factor_is_required_admins_without_it_are_sent_to_set_it_up()
    {
        Factory.Settings["Admin:RequireTwoFactor"] = "true";
        using var client = await AdminSession.AdminAsync(Factory);

        using var blocked = await client.GetAsync(new Uri("/admin/weights", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.Equal("/account/two-factor?required=1", blocked.Headers.Location!.OriginalString);

        await EnableTwoFactorAsync(client);
        using var allowed = await client.GetAsync(new Uri("/admin/weights", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Without_admin_configuration_the_sign_in_page_says_how_to_create_one()
    {
        Factory.Settings["Admin:Email"] = "";
        Factory.Settings["Admin:Password"] = "";
        using var client = Factory.CreateSecureClient();

        var page = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/account/signin", UriKind.Relative)));

        Assert.Contains("Admin__Password", page.QuerySelector("#no-admin")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Users.Count())));
    }
}
