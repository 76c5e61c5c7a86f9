using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Web.Infrastructure;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Serilog.Events;

namespace EngagementAdvisor.Web.Tests.Errors;

/// <summary>
/// A failure the app did not expect: browsers get the friendly page, API clients problem+json; both carry a reference
/// that is also on the logged error, and neither says anything about the failure itself.
/// </summary>
public sealed class ErrorResponseTests : AppTest
{
    private static readonly string[] Leaks = ["   at ", ".cs:line", "Exception", "SELECT", "SQLite", "/srv/", "hunter2", "Secret"];

    public ErrorResponseTests() => Factory.ThrowOnTestPaths = true;

    [Theory]
    [InlineData("GET", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("POST", "text/html")]
    [InlineData("GET", "*/*")]
    public async Task A_browser_gets_the_friendly_error_page_with_a_reference_that_is_on_the_logged_error(string method, string accept)
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri("/test/throw", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (method == "POST") request.Content = new FormUrlEncodedContent([new("x", "1")]);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        AssertNoDetails(html);
        var document = await HtmlForms.ParseAsync(response);
        Assert.Equal("Something went wrong", document.QuerySelector("h1")!.TextContent);
        var reference = document.QuerySelector("#reference")!.TextContent;
        Assert.Matches("^[0-9a-f]{32}$|^[0-9A-Z:]+$", reference);
        await AssertLoggedOnceWithAsync(reference);
    }

    [Theory]
    [InlineData("GET", "/api/test/throw", null)]
    [InlineData("POST", "/api/test/throw", null)]
    [InlineData("GET", "/test/throw", "application/json")]
    [InlineData("GET", "/test/throw", "application/problem+json")]
    public async Task An_api_client_gets_problem_json_with_a_correlation_id_that_is_on_the_logged_error(string method, string path, string? accept)
    {
        using var client = Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        if (method == "POST") request.Content = JsonContent.Create(new { control = "low" });

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        AssertNoDetails(text);
        var body = JsonSerializer.Deserialize<JsonElement>(text);
        Assert.Equal(500, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.StartsWith("https://", body.GetProperty("type").GetString(), StringComparison.Ordinal);
        await AssertLoggedOnceWithAsync(body.GetProperty("correlationId").GetString()!);
    }

    [Fact]
    public async Task Every_problem_json_carries_a_correlation_id_and_so_does_every_log_event_of_the_request()
    {
        Factory.Settings["Serilog:MinimumLevel:Default"] = "Information";
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/models/nope", UriKind.Relative));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("correlationId").GetString()!;
        var requestLog = Assert.Single(await Factory.Logs.WaitForAsync(e => e.RenderMessage().Contains("/api/models/nope", StringComparison.Ordinal)));
        Assert.Equal(id, ((ScalarValue)requestLog.Properties[Correlation.PropertyName]).Value);
    }

    private static void AssertNoDetails(string body)
    {
        foreach (var leak in Leaks) Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
    }

    /// <summary>Exactly one event holds the exception, at Error, with the same id the client was given.</summary>
    private async Task AssertLoggedOnceWithAsync(string id)
    {
        var found = await Factory.Logs.WaitForAsync(e => e.Exception?.Message == AdvisorFactory.SecretFailure);
        Assert.True(found.Count == 1, $"{found.Count} events with the exception among: " +
            string.Join(" | ", Factory.Logs.Events.Select(e => $"{e.Level} {e.RenderMessage()} {e.Exception?.GetType().Name}: {e.Exception?.Message}")));
        var logged = found[0];
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.True(logged.Properties.TryGetValue(Correlation.PropertyName, out var value), "no correlation id on the error event");
        Assert.Equal(id, ((ScalarValue)value).Value);
    }
}
