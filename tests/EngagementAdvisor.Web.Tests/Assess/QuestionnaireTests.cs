using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Assess;

public sealed class QuestionnaireTests : AppTest
{
    [Fact]
    public async Task Home_page_explains_the_product_and_leads_to_the_questionnaire()
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("outsourcing", document.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(document.QuerySelector("a[href='/assess']"));
    }

    [Fact]
    public async Task Questionnaire_asks_every_question_with_a_hint()
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri("/assess", UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        foreach (var field in new[] { "control", "scopeStability", "inHousePm", "durationMonths", "budgetUsd", "teamSize", "workload", "startUrgency", "teamLocation", "dataSensitivity", "dataResidency", "nicheExpertise", "label", "preparedBy", "note" })
        {
            var input = document.QuerySelector($"[name='{field}']");
            Assert.True(input is not null, $"no input for {field}");
        }
        Assert.Equal(15, document.QuerySelectorAll(".question .hint").Length);
    }

    [Fact]
    public async Task Valid_answers_redirect_to_a_stored_result()
    {
        using var client = Factory.CreateBrowserLikeClient();

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/r/[A-Za-z0-9_-]{43}$", location);
        using var result = await client.GetAsync(new Uri(location, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(result);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Contains("Outsourcing", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Missing_answers_show_errors_beside_the_fields_and_in_a_summary_and_store_nothing()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var answers = FormAnswers.OutsourcingCase();
        answers.Remove("control");
        answers["durationMonths"] = "500";
        answers["budgetUsd"] = "lots";

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", answers);
        var document = await HtmlForms.ParseAsync(posted);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var summary = document.QuerySelector(".error-summary")!;
        Assert.Equal(3, summary.QuerySelectorAll("li a").Length);
        Assert.Contains("Choose how much day-to-day control", document.QuerySelector("#q-control .field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("from 1 to 120", document.QuerySelector("#q-durationMonths-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("whole number", document.QuerySelector("#q-budgetUsd-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task An_invalid_submission_keeps_the_answers_the_user_gave()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var answers = FormAnswers.OutsourcingCase();
        answers["budgetUsd"] = "12";

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", answers);
        var document = await HtmlForms.ParseAsync(posted);

        Assert.NotNull(document.QuerySelector("input[name='control'][value='low'][checked]"));
        Assert.Equal("4", document.QuerySelector("input[name='durationMonths']")!.GetAttribute("value"));
        Assert.Equal("12", document.QuerySelector("input[name='budgetUsd']")!.GetAttribute("value"));
        Assert.Equal("Acme Corp", document.QuerySelector("input[name='label']")!.GetAttribute("value"));
        Assert.Equal("true", document.QuerySelector("input[name='budgetUsd']")!.GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("control", "extreme")]
    [InlineData("teamSize", "0")]
    [InlineData("teamSize", "1.5")]
    [InlineData("startUrgency", "yesterday")]
    [InlineData("nicheExpertise", "maybe")]
    [InlineData("label", "line\nbreak")]
    public async Task Out_of_range_or_unknown_values_are_refused_and_nothing_is_stored(string field, string value)
    {
        using var client = Factory.CreateBrowserLikeClient();
        var answers = FormAnswers.OutsourcingCase();
        answers[field] = value;

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", answers);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var client = Factory.CreateBrowserLikeClient();
        using var content = new FormUrlEncodedContent(FormAnswers.OutsourcingCase());

        using var posted = await client.PostAsync(new Uri("/assess", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }
}
