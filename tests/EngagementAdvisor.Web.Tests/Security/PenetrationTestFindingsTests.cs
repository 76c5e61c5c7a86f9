using System.Net;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Security;

/// <summary>
/// Regression tests for what the penetration test of issue 20 reproduced, one per finding, against the real app over
/// HTTP on a real database.
/// </summary>
public sealed class PenetrationTestFindingsTests : AppTest
{
    private async Task<(string Token, string Path)> CreateAsync()
    {
        var created = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        var token = created.GetProperty("token").GetString()!;
        return (token, "/r/" + token);
    }

    [Fact]
    public async Task A_get_with_a_form_body_changes_nothing_another_visitor_sees()
    {
        var (token, _) = await CreateAsync();
        using var attacker = Factory.CreateBrowserLikeClient();
        using var poisoned = new HttpRequestMessage(HttpMethod.Get, new Uri("/assess", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = token, ["label"] = "Attacker Ltd", ["control"] = "high" }),
        };
        using (await attacker.SendAsync(poisoned)) { }

        using var visitor = Factory.CreateBrowserLikeClient();
        var page = await (await visitor.GetAsync(new Uri("/assess", UriKind.Relative))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("Attacker Ltd", page, StringComparison.Ordinal);
        Assert.DoesNotContain(token, page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"from\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task A_method_a_page_does_not_serve_answers_405_and_logs_no_error(string method)
    {
        var (_, result) = await CreateAsync();
        using var client = Factory.CreateBrowserLikeClient();
        // Start-up may log its own (EF Core's migration checks on PostgreSQL); only what these requests log counts.
        var before = Factory.Logs.Events.Count;

        foreach (var path in new[] { result, "/models/outsourcing", "/assess", "/", "/checklist", "/compare" })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));
            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"{method} {path}: {response.StatusCode}");
            Assert.Contains("GET", response.Content.Headers.Allow);
        }
        Assert.DoesNotContain(Factory.Logs.Events.Skip(before), e => e.Level >= Serilog.Events.LogEventLevel.Error);
    }

    [Fact]
    public async Task A_token_with_its_case_changed_is_unknown_even_while_the_real_page_is_cached()
    {
        var (token, path) = await CreateAsync();
        using var client = Factory.CreateBrowserLikeClient();
        // Until the page is served from the output cache (a hit carries an Age header): the cache stores after responding.
        var cached = false;
        for (var i = 0; i < 50 && !cached; i++)
        {
            using var view = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
            cached = view.Headers.Age is not null;
            if (!cached) await Task.Delay(20);
        }
        Assert.True(cached, "the page never came from the output cache");

        var flipped = string.Concat(token.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
        using var guessed = await client.GetAsync(new Uri("/r/" + flipped, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Theory]
    [InlineData("?to=9999-12-31")]
    [InlineData("?from=9999-12-31&to=9999-12-31")]
    [InlineData("?from=0001-01-01&to=0001-01-01")]
    [InlineData("?from=2026-13-45")]
    [InlineData("?to=99999-01-01")]
    public async Task Admin_result_filters_at_the_edges_of_the_calendar_never_answer_500(string query)
    {
        await CreateAsync();
        using var admin = await AdminSession.AdminAsync(Factory);

        using var list = await admin.GetAsync(new Uri("/admin/assessments" + query, UriKind.Relative));
        using var csv = await admin.GetAsync(new Uri("/admin/assessments" + query + "&handler=Csv", UriKind.Relative));

        Assert.True(list.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"list {query}: {list.StatusCode}");
        Assert.True(csv.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"csv {query}: {csv.StatusCode}");
    }

    [Fact]
    public async Task An_api_result_read_is_neither_stored_by_caches_nor_indexed()
    {
        var (token, _) = await CreateAsync();
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme\u200BCorp")]        // zero-width space
    [InlineData("Acme\U000E0041")]        // tag character
    [InlineData("Acme\uFDD0")]            // noncharacter
    [InlineData("Acme\u2028Corp")]        // line separator
    [InlineData("\u00AD\u00AD\u00AD")]    // soft hyphens only: nothing visible
    public async Task A_label_must_be_visible_text(string label)
    {
        using var client = Factory.CreateClient();
        var json = JsonSerializer.Serialize(new { control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, label });
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("label", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Theory]
    [InlineData("Zoë Ñúñez, Café Ltd 🚀")]
    [InlineData("مؤسسة الخليج")]
    [InlineData("👩‍💻 team")]
    public async Task Real_names_in_any_script_still_pass(string label)
    {
        using var client = Factory.CreateClient();
        var json = JsonSerializer.Serialize(new { control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, label });
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
