using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Results;

/// <summary>A consultant's name and note on a result, set when it is made or later through the private manage link.</summary>
public sealed class ConsultantTests : AppTest
{
    private async Task<(HttpClient Client, string Link, string Manage)> CreateThroughTheFormAsync(Dictionary<string, string> answers)
    {
        var client = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", answers);
        var link = posted.Headers.Location!.OriginalString;
        using var first = await client.GetAsync(new Uri(link, UriKind.Relative));
        var manage = new Uri((await HtmlForms.ParseAsync(first)).QuerySelector("#manage-url")!.GetAttribute("value")!).PathAndQuery;
        return (client, link, manage);
    }

    [Fact]
    public async Task The_name_and_note_given_with_the_answers_show_on_the_result()
    {
        var (client, link, _) = await CreateThroughTheFormAsync(FormAnswers.OutsourcingCase()
            .With("preparedBy", "Dana Reyes, Harbour Sourcing Advisors")
            .With("note", "First line.\r\nSecond line."));
        using (client)
        {
            var page = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(link, UriKind.Relative)));

            Assert.Equal("Prepared by Dana Reyes, Harbour Sourcing Advisors", page.QuerySelector("#prepared-by")!.TextContent.Trim());
            // Line breaks are kept, one kind only.
            Assert.Equal("First line.\nSecond line.", page.QuerySelector("#client-note p")!.TextContent);
        }
    }

    [Fact]
    public async Task The_manage_link_changes_label_name_and_note_and_everyone_sees_it_at_once()
    {
        var (client, link, manage) = await CreateThroughTheFormAsync(FormAnswers.OutsourcingCase());
        using (client)
        {
            var before = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single()));
            // Someone the link was sent to has the page cached.
            using var anyone = Factory.CreateBrowserLikeClient();
            Assert.Null((await HtmlForms.ParseAsync(await anyone.GetAsync(new Uri(link, UriKind.Relative)))).QuerySelector("#prepared-by"));

            using var saved = await HtmlForms.SubmitAsync(client, manage, new Dictionary<string, string>
            {
                ["label"] = "Acme board pack", ["preparedBy"] = "Dana Reyes", ["note"] = "Read the checklist first.",
            }, "#describe-form");

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.EndsWith("?saved=true", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var afterSave = await client.GetAsync(saved.Headers.Location);
            Assert.Contains("Saved.", (await HtmlForms.ParseAsync(afterSave)).QuerySelector("#saved")!.TextContent, StringComparison.Ordinal);
            var page = await HtmlForms.ParseAsync(await anyone.GetAsync(new Uri(link, UriKind.Relative)));
            Assert.StartsWith("Outsourcing recommended for Acme board pack", page.Title, StringComparison.Ordinal);
            Assert.Equal("Prepared by Dana Reyes", page.QuerySelector("#prepared-by")!.TextContent.Trim());
            Assert.Equal("Read the checklist first.", page.QuerySelector("#client-note p")!.TextContent);
            // The scored answers and the advice are untouched.
            var after = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single()));
            Assert.Equal(before.ResultJson, after.ResultJson);
            var api = await anyone.GetFromJsonAsync<JsonElement>(new Uri("/api/assessments/" + link[3..], UriKind.Relative));
            Assert.Equal("Dana Reyes", api.GetProperty("answers").GetProperty("preparedBy").GetString());
            Assert.Equal(4, api.GetProperty("answers").GetProperty("durationMonths").GetInt32());
        }
    }

    [Theory]
    [InlineData("note", "tab\there")]
    [InlineData("preparedBy", "two\nlines")]
    [InlineData("durationMonths", "40")]
    [InlineData("label", "\u202Eevil")]
    [InlineData("label", "two\u2028lines")]
    public async Task A_bad_description_is_refused_with_its_reason_and_nothing_changes(string field, string value)
    {
        var (client, link, manage) = await CreateThroughTheFormAsync(FormAnswers.OutsourcingCase());
        using (client)
        {
            var before = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().AnswersJson));

            using var refused = await HtmlForms.SubmitAsync(client, manage, new Dictionary<string, string> { [field] = value }, "#describe-form");

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await HtmlForms.ParseAsync(refused);
            Assert.NotNull(page.QuerySelector(".field-error, .error-summary"));
            Assert.Equal(before, await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().AnswersJson)));
        }
    }

    [Fact]
    public async Task A_note_longer_than_its_limit_is_refused()
    {
        var (client, _, manage) = await CreateThroughTheFormAsync(FormAnswers.OutsourcingCase());
        using (client)
        {
            using var refused = await HtmlForms.SubmitAsync(client, manage, new Dictionary<string, string> { ["note"] = new string('a', 1001) }, "#describe-form");

            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("at most 1,000 characters", (await HtmlForms.ParseAsync(refused)).QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_the_manage_token_nothing_can_be_described()
    {
        var (client, link, manage) = await CreateThroughTheFormAsync(FormAnswers.OutsourcingCase());
        using (client)
        {
            var wrong = manage[..^4] + (manage.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
            using var page = await client.GetAsync(new Uri(wrong, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            Assert.False(await Factory.Services.GetRequiredService<EngagementAdvisor.Web.Features.Assessments.AssessmentStore>()
                .DescribeAsync(link[3..], "not-the-token", EngagementAdvisor.Core.Questions.Answers.Of(EngagementAdvisor.Core.Questions.Questionnaire.Default, new Dictionary<string, string?>
                {
                    ["control"] = "low", ["scope-stability"] = "stable", ["in-house-pm"] = "none", ["duration"] = "4", ["budget"] = "60000",
                })));
        }
    }

    [Fact]
    public async Task The_api_takes_the_name_and_note_and_documents_them()
    {
        var created = await CreateAssessmentAsync(
            """{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"preparedBy":"Dana Reyes","note":"Line one\nLine two"}""");

        Assert.Equal("Dana Reyes", created.GetProperty("answers").GetProperty("preparedBy").GetString());
        Assert.Equal("Line one\nLine two", created.GetProperty("answers").GetProperty("note").GetString());
        using var client = Factory.CreateClient();
        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("\"preparedBy\"", document, StringComparison.Ordinal);
        Assert.Contains("\"note\"", document, StringComparison.Ordinal);
    }
}
