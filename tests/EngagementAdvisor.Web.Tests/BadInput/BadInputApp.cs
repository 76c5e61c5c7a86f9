using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>
/// One app per bad-input suite (the cases run one after another and count rows before and after each), with the
/// rate limits raised so hundreds of cases are answered for what they are rather than with 429.
/// </summary>
public sealed class BadInputApp : IAsyncLifetime
{
    public AdvisorFactory Factory { get; } = new();

    public const string Script = "\"><script>alert(1)</script>";
    public const string RawScript = "<script>alert(1)</script>";

    public ValueTask InitializeAsync()
    {
        Factory.Settings["RateLimits:CreatePerMinute"] = "100000";
        Factory.Settings["RateLimits:LookupPerMinute"] = "100000";
        Factory.Settings["RateLimits:SignInPerMinute"] = "100000";
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    public Task<int> AssessmentsAsync() => Factory.CountAssessmentsAsync();

    public Task<int> WeightVersionsAsync() => Factory.WithDbAsync(db => db.WeightSetVersions.CountAsync());

    /// <summary>Creates a result through the API; returns its share token and manage token.</summary>
    public async Task<(string Token, string ManageToken)> CreateAsync(string json = FormAnswers.OutsourcingCaseJson)
    {
        using var client = Factory.CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var manage = body.GetProperty("manageUrl").GetString()!;
        return (body.GetProperty("token").GetString()!, manage[(manage.LastIndexOf('/') + 1)..]);
    }

    /// <summary>The antiforgery token of the first post form on a page; the client keeps the matching cookie.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlForms.ParseAsync(response);
        return document.QuerySelector<IHtmlInputElement>("form[method=post] input[name=__RequestVerificationToken]")!.Value;
    }

    /// <summary>
    /// A request for a path as written, percent-escapes included. (The client still removes literal dot segments, as a
    /// browser does; the test server cannot take a path that skips that.)
    /// </summary>
    public static HttpRequestMessage Raw(HttpMethod method, string pathAndQuery) =>
        new(method, new Uri("http://localhost" + pathAndQuery));

    public static void AssertClientError(HttpResponseMessage response, string because)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{because}: expected a 4xx, got {(int)response.StatusCode}");
    }

    /// <summary>Whatever came back is not a server error, and if it is HTML, user input in it is encoded.</summary>
    public static async Task AssertSafeAsync(HttpResponseMessage response, string because)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True((int)response.StatusCode < 500, $"{because}: got {(int)response.StatusCode}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(RawScript, text, StringComparison.OrdinalIgnoreCase);
        foreach (var leak in new[] { "   at ", ".cs:line", "Exception", "SELECT ", "SQLite" })
        {
            Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
        }
    }
}
