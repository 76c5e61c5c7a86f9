using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Results;

public sealed class ResultPageTests : AppTest
{
    private static async Task<string> CreateResultAsync(HttpClient client)
    {
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        return posted.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task Result_page_shows_the_recommendation_ranking_reasons_and_answers()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var link = await CreateResultAsync(client);

        // A colleague opens the link in a fresh browser, without the creator's cookies.
        using var colleague = Factory.CreateBrowserLikeClient();
        using var response = await colleague.GetAsync(new Uri(link, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Outsourcing", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var rows = document.QuerySelectorAll("table.ranking tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Contains("Outsourcing", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".reasons li"));
        Assert.Contains("no in-house project manager", document.QuerySelector(".reasons")!.TextContent, StringComparison.Ordinal);
        var answers = document.QuerySelector("dl.answers")!.TextContent;
        Assert.Contains("$60,000", answers, StringComparison.Ordinal);
        Assert.Contains("4 months", answers, StringComparison.Ordinal);
        Assert.Contains("prepared for Acme Corp", document.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("weights version 1", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content*=noindex]"));
    }

    [Theory]
    [InlineData("/r/doesnotexist")]
    [InlineData("/r/1")]
    [InlineData("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("/r/%3Cscript%3E")]
    public async Task Unknown_or_malformed_tokens_get_a_proper_404_page(string path)
    {
        using var client = Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_with_one_character_changed_is_not_found()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var link = await CreateResultAsync(client);
        var changed = link[..^2] + (link[^2] == 'A' ? 'B' : 'A') + link[^1];

        using var response = await client.GetAsync(new Uri(changed, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Only_a_hash_of_the_token_is_stored()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var token = (await CreateResultAsync(client))["/r/".Length..];

        var hash = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().TokenHash));

        Assert.Equal(32, hash.Length);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(token)), hash);
    }
}
