using System.Net;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.BadInput;

/// <summary>Query strings and route values of the read-only pages: a page that explains, or a 4xx; never 5xx, never a row.</summary>
public sealed class PagesBadInputTests(BadInputApp app) : IClassFixture<BadInputApp>
{
    /// <summary>r= values; "{real}" is replaced by a real token, "{near}" by it with one character changed.</summary>
    public static TheoryData<string, string> CompareQueries => new()
    {
        { "garbage", "r=garbage&r=%3Cscript%3Ealert(1)%3C%2Fscript%3E" },
        { "traversal", "r=..%2f..%2fetc%2fpasswd&r={real}" },
        { "near miss", "r={near}&r={real}" },
        { "upper-cased", "r={upper}&r={real}" },
        { "50 values", string.Join('&', Enumerable.Repeat("r=garbage", 50)) },
        { "50 copies of a real token", string.Join('&', Enumerable.Repeat("r={real}", 50)) },
        { "the same token twice", "r={real}&r={real}" },
        { "one result only", "r={real}" },
        { "10 KB value", "r=" + new string('A', 10 * 1024) },
        { "encoded NUL and CR/LF", "r=%00&r=%0D%0A[ERR]%20forged" },
        { "invalid UTF-8", "r=%FF%FE&r=%ED%A0%80" },
        { "script in a link", "r=https://example.test/r/{real}%22%3E%3Cscript%3Ealert(1)%3C/script%3E&r=x" },
    };

    [Theory]
    [MemberData(nameof(CompareQueries))]
    public async Task Compare_explains_what_it_cannot_use_and_never_fails(string name, string query)
    {
        var (token, _) = await app.CreateAsync();
        var near = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];
        query = query.Replace("{real}", token, StringComparison.Ordinal).Replace("{near}", near, StringComparison.Ordinal)
            .Replace("{upper}", token.ToUpperInvariant(), StringComparison.Ordinal);
        var before = await app.AssessmentsAsync();
        using var client = app.Factory.CreateClient();
        using var request = BadInputApp.Raw(HttpMethod.Get, "/compare?" + query);

        using var response = await client.SendAsync(request);

        await BadInputApp.AssertSafeAsync(response, name);
        BadInputApp.AssertClientError(response, name);
        var document = await HtmlForms.ParseAsync(response);
        Assert.NotNull(document.QuerySelector(".error-summary, [role=alert]"));
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("OUTSOURCING-")]
    [InlineData("..%2f..%2fetc%2fpasswd")]
    [InlineData("outsourcing%E2%80%AE")]
    [InlineData("%EF%BC%AFutsourcing")] // fullwidth O
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("4")]
    public async Task Unknown_models_are_404(string id)
    {
        using var client = app.Factory.CreateClient();
        foreach (var path in new[] { "/models/" + id, "/api/models/" + id })
        {
            using var request = BadInputApp.Raw(HttpMethod.Get, path);
            using var response = await client.SendAsync(request);
            Assert.True(HttpStatusCode.NotFound == response.StatusCode, $"{path}: {(int)response.StatusCode}");
            await BadInputApp.AssertSafeAsync(response, path);
        }
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("near miss")]
    [InlineData("..%2f..%2fetc%2fpasswd")]
    [InlineData("%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("%00")]
    public async Task Assess_from_an_unusable_link_is_the_blank_form(string from)
    {
        var (token, _) = await app.CreateAsync();
        if (from == "near miss") from = token[..42] + (token[42] == 'A' ? 'Q' : 'A');
        var before = await app.AssessmentsAsync();
        using var client = app.Factory.CreateClient();
        using var request = BadInputApp.Raw(HttpMethod.Get, "/assess?from=" + from);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await BadInputApp.AssertSafeAsync(response, from);
        var document = await HtmlForms.ParseAsync(response);
        Assert.Null(document.QuerySelector("#adjusting"));
        Assert.Null(document.QuerySelector("input[name=from]"));
        Assert.Null(document.QuerySelector("input[name='control'][checked]"));
        Assert.Equal(before, await app.AssessmentsAsync());
    }

    [Fact]
    public async Task Script_in_a_label_is_encoded_on_every_page_that_shows_it()
    {
        var (token, manage) = await app.CreateAsync(JsonSerializer.Serialize(new
        {
            control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, label = BadInputApp.Script,
        }));
        var (other, _) = await app.CreateAsync();
        using var anonymous = app.Factory.CreateClient();
        using var admin = await AdminSession.AdminAsync(app.Factory);
        var id = await app.Factory.WithDbAsync(async db => (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Assessments)).First(a => StoredRows.LabelOf(a) == BadInputApp.Script).Id);

        foreach (var (client, path) in new[]
        {
            (anonymous, $"/r/{token}"), (anonymous, $"/r/{token}/rescore"), (anonymous, $"/r/{token}/manage/{manage}"),
            (anonymous, $"/compare?r={token}&r={other}"), (anonymous, $"/assess?from={token}"),
            (admin, "/admin/assessments"), (admin, $"/admin/assessments/{id}"),
        })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(HttpStatusCode.OK == response.StatusCode, $"{path}: {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(BadInputApp.RawScript, html, StringComparison.OrdinalIgnoreCase);
            // The label is there, as text.
            var document = await HtmlForms.ParseAsync(response);
            Assert.True(document.Body!.TextContent.Contains(BadInputApp.Script, StringComparison.Ordinal)
                || document.QuerySelectorAll("input").Any(i => i.GetAttribute("value") == BadInputApp.Script), $"{path} does not show the label");
        }
    }
}
