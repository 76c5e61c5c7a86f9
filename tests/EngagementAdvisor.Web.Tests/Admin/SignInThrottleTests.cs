using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Admin;

/// <summary>
/// Failed sign-ins slow down the next attempt, per account and per address, with a log event; nobody can lock the
/// admin out, and a real e-mail answers exactly as an unknown one does (issue 20).
/// </summary>
public sealed class SignInThrottleTests : AppTest
{
    private readonly ManualClock _clock = new();

    public SignInThrottleTests()
    {
        Factory.Clock = _clock;
        Factory.SimulatePeers = true;
        // The per-minute sign-in rate limit runs on real time and is tested elsewhere; here only the throttle speaks.
        Factory.Settings["RateLimits:SignInPerMinute"] = "1000";
    }

    private async Task<(HttpStatusCode Status, string Error)> SignInAsync(string email, string password, string peer)
    {
        using var client = Factory.CreateSecureClient();
        client.DefaultRequestHeaders.Add("X-Test-Peer", peer);
        using var response = await AdminSession.SignInAsync(client, email, password);
        var error = response.StatusCode == HttpStatusCode.Redirect ? "" : (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary, [role=alert]")?.TextContent.Trim() ?? "";
        return (response.StatusCode, error);
    }

    [Fact]
    public async Task A_stranger_cannot_lock_the_admin_out_only_slow_the_next_attempt_briefly()
    {
        for (var i = 0; i < 5; i++) await SignInAsync(AdvisorFactory.AdminEmail, "wrong password " + i, "203.0.113.9");

        // The admin, from another address, at once: asked to wait seconds, not locked for 15 minutes.
        var (waiting, message) = await SignInAsync(AdvisorFactory.AdminEmail, Factory.AdminPassword, "198.51.100.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, waiting);
        Assert.Matches(@"Wait \d+ seconds", message);

        _clock.Now += TimeSpan.FromMinutes(1);
        var (signedIn, _) = await SignInAsync(AdvisorFactory.AdminEmail, Factory.AdminPassword, "198.51.100.7");
        Assert.Equal(HttpStatusCode.Redirect, signedIn);
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.False(await users.IsLockedOutAsync((await users.FindByEmailAsync(AdvisorFactory.AdminEmail))!));
        Assert.Contains(Factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Admin sign-in throttled", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_delay_grows_with_each_failure_and_never_passes_a_minute()
    {
        var waits = new List<int>();
        for (var i = 0; i < 12; i++)
        {
            await SignInAsync("someone@example.test", "wrong", "203.0.113.10");
            var (status, message) = await SignInAsync("someone@example.test", "wrong", "203.0.113.10");
            waits.Add(status == HttpStatusCode.TooManyRequests ? int.Parse(System.Text.RegularExpressions.Regex.Match(message, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            _clock.Now += TimeSpan.FromMinutes(2);
        }

        Assert.Equal(0, waits[0]);
        Assert.True(waits.Zip(waits.Skip(1)).All(p => p.Second >= p.First), string.Join(",", waits));
        Assert.True(waits[^1] is > 0 and <= 60, string.Join(",", waits));
    }

    [Fact]
    public async Task A_real_e_mail_and_an_unknown_one_answer_alike_and_are_throttled_alike()
    {
        var real = new List<(HttpStatusCode, string)>();
        var unknown = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 6; i++)
        {
            real.Add(await SignInAsync(AdvisorFactory.AdminEmail, "wrong", "203.0.113." + (20 + i)));
            unknown.Add(await SignInAsync("nobody@example.test", "wrong", "203.0.113." + (40 + i)));
        }

        Assert.Equal(real, unknown);
    }
}
