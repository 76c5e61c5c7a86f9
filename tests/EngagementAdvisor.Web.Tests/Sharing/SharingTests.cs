using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Sharing;

public sealed class SharingTests : AppTest
{
    private const string WhatIfJson =
        """{"control":"high","scopeStability":"evolving","inHousePm":"strong","durationMonths":18,"budgetUsd":400000,"label":"Acme what-if"}""";

    [Fact]
    public async Task A_result_link_previews_well_without_exposing_the_answers_and_is_not_indexed()
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        var document = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative)));

        Assert.StartsWith("Outsourcing recommended for Acme Corp, ", document.Title, StringComparison.Ordinal);
        Assert.StartsWith(document.QuerySelector("meta[property='og:title']")!.GetAttribute("content")!, document.Title, StringComparison.Ordinal);
        var description = document.QuerySelector("meta[property='og:description']")!.GetAttribute("content")!;
        Assert.DoesNotContain("60,000", description, StringComparison.Ordinal);
        Assert.EndsWith(posted.Headers.Location.OriginalString, document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("button[data-copy][hidden]"));
        Assert.Contains("weights version 1", document.QuerySelector(".print-header")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_creator_sees_the_manage_link_once_and_it_deletes_the_result_which_then_answers_410()
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        var link = posted.Headers.Location!.OriginalString;

        var first = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
        var manage = new Uri(first.QuerySelector("#manage-url")!.GetAttribute("value")!).PathAndQuery;
        var second = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));
        Assert.Null(second.QuerySelector("#manage-url"));
        // Both the page and the API document are now kept in memory; deleting must evict both.
        using (var cachedApi = await client.GetAsync(new Uri("/api/assessments/" + link[3..], UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, cachedApi.StatusCode);
        }

        using var deleted = await HtmlForms.SubmitAsync(client, manage, new Dictionary<string, string>(), "#delete-form");
        Assert.Equal("/deleted", deleted.Headers.Location!.OriginalString);
        using var toldResponse = await client.GetAsync(deleted.Headers.Location);
        var told = await HtmlForms.ParseAsync(toldResponse);
        Assert.Equal("You deleted the result", told.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        using var gone = await client.GetAsync(new Uri(link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("This result was deleted", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var goneApi = await client.GetAsync(new Uri("/api/assessments/" + link[3..], UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, goneApi.StatusCode);
        var row = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single()));
        Assert.NotNull(row.DeletedAt);
        Assert.Equal("{}", row.AnswersJson);
        Assert.Equal("{}", row.ResultJson);
    }

    [Fact]
    public async Task A_wrong_manage_token_is_404_and_deletes_nothing()
    {
        var body = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        var manage = new Uri(body.GetProperty("manageUrl").GetString()!).PathAndQuery;
        var wrong = manage[..^2] + (manage[^2] == 'A' ? "B" : "A") + manage[^1];
        using var client = Factory.CreateBrowserLikeClient();

        using var page = await client.GetAsync(new Uri(wrong, UriKind.Relative));
        using var post = await PostWithFormTokenAsync(client, manage, wrong);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(manage, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().DeletedAt)));
    }

    /// <summary>Posts the antiforgery fields of <paramref name="formPage"/> to <paramref name="target"/>.</summary>
    private static async Task<HttpResponseMessage> PostWithFormTokenAsync(HttpClient client, string formPage, string target)
    {
        var document = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(formPage, UriKind.Relative)));
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    [Fact]
    public async Task The_api_gives_the_manage_link_only_in_the_creation_response()
    {
        var body = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = Factory.CreateClient();
        var fetched = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/assessments/" + body.GetProperty("token").GetString(), UriKind.Relative));

        Assert.Contains("/manage/", body.GetProperty("manageUrl").GetString(), StringComparison.Ordinal);
        Assert.False(fetched.TryGetProperty("manageUrl", out _));
    }

    [Fact]
    public async Task Adjust_answers_prefills_the_questionnaire_and_saves_a_new_linked_result_leaving_the_original()
    {
        var original = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        var token = original.GetProperty("token").GetString()!;
        using var client = Factory.CreateBrowserLikeClient();

        var form = await HtmlForms.ParseAsync(await client.GetAsync(new Uri($"/assess?from={token}", UriKind.Relative)));
        Assert.NotNull(form.QuerySelector("#adjusting"));
        Assert.NotNull(form.QuerySelector("input[name='control'][value='low'][checked]"));
        Assert.Equal("4", form.QuerySelector("input[name='durationMonths']")!.GetAttribute("value"));

        var answers = FormAnswers.OutsourcingCase();
        answers["durationMonths"] = "30";
        using var posted = await HtmlForms.SubmitAsync(client, $"/assess?from={token}", answers);
        var adjusted = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative)));

        Assert.Equal($"/r/{token}", adjusted.QuerySelector("#adjusted-from a")!.GetAttribute("href"));
        using var api = Factory.CreateClient();
        var originalNow = await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/assessments/{token}", UriKind.Relative));
        Assert.Equal(4, originalNow.GetProperty("answers").GetProperty("durationMonths").GetInt32());
        Assert.Equal(2, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Compare_shows_results_side_by_side_with_differing_answers_highlighted_at_its_own_url()
    {
        var a = (await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson)).GetProperty("token").GetString();
        var b = (await CreateAssessmentAsync(WhatIfJson)).GetProperty("url").GetString();
        using var client = Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri($"/compare?r={a}&r={Uri.EscapeDataString(b!)}", UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, document.QuerySelectorAll("#cmp-winner td").Length);
        Assert.Contains("Outsourcing", document.QuerySelector("#cmp-winner")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Outstaffing", document.QuerySelector("#cmp-winner")!.TextContent, StringComparison.Ordinal);
        var differing = document.QuerySelectorAll(".compare-answers tr.differs").Select(r => r.QuerySelector("th")!.TextContent).ToList();
        Assert.Contains(differing, t => t.Contains("control", StringComparison.Ordinal));
        Assert.DoesNotContain(differing, t => t.Contains("niche", StringComparison.Ordinal));
        Assert.True(document.QuerySelectorAll("#cmp-driver-table tr").Length >= 3);
        Assert.NotNull(document.QuerySelector("meta[name=robots][content*=noindex]"));
    }

    [Theory]
    [InlineData("/compare?r=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&r=nonsense", HttpStatusCode.NotFound)]
    [InlineData("/compare?r=a&r=b&r=c&r=d&r=e", HttpStatusCode.NotFound)]
    public async Task Compare_explains_links_it_cannot_use(string path, HttpStatusCode status)
    {
        using var client = Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(status, response.StatusCode);
        Assert.NotNull(document.QuerySelector("#compare-problems"));
    }
}
