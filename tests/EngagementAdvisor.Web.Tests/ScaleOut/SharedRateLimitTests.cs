using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// Two instances on one PostgreSQL count a client's requests together (ADR 0023): spreading guesses over the
/// instances does not double the allowance (issue 20).
/// </summary>
public sealed class SharedRateLimitTests
{
    [Fact]
    public async Task A_client_alternating_between_two_instances_gets_one_allowance_not_two()
    {
        TestDatabase.SkipUnlessPostgres("two instances sharing one database");
        await using var a = new AdvisorFactory();
        a.Settings["RateLimits:LookupPerMinute"] = "6";
        a.UseKestrel(0);
        a.StartServer();
        await using var b = a.AnotherInstance();
        b.Settings["Database:MigrateOnStartup"] = "false";
        b.UseKestrel(0);
        b.StartServer();
        using var toA = new HttpClient { BaseAddress = a.ClientOptions.BaseAddress };
        using var toB = new HttpClient { BaseAddress = b.ClientOptions.BaseAddress };

        // The counts are per minute: start well inside one.
        if (DateTime.UtcNow.Second >= 55) await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var guess = new string('A', 42) + (char)('A' + i);
            using var response = await (i % 2 == 0 ? toA : toB).GetAsync(new Uri("/r/" + guess, UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) Assert.NotEmpty(response.Headers.GetValues("Retry-After"));
        }

        // Six guesses in all, three on each; alone, each instance would have let all eight through.
        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.NotFound));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses[6..]);
    }
}
