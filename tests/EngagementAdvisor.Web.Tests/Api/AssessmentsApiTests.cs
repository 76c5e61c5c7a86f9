using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Api;

public sealed class AssessmentsApiTests : AppTest
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<(HttpResponseMessage Response, JsonElement Body)> PostAsync(string json)
    {
        using var client = Factory.CreateClient();
        using var content = Json(json);
        var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response, body);
    }

    [Fact]
    public async Task Post_creates_an_assessment_with_the_contracted_body()
    {
        var (response, body) = await PostAsync(FormAnswers.OutsourcingCaseJson);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var token = body.GetProperty("token").GetString()!;
        Assert.Equal($"/r/{token}", response.Headers.Location!.OriginalString);
        Assert.EndsWith($"/r/{token}", body.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal("outsourcing", body.GetProperty("recommendation").GetString());
        var ranking = body.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(new[] { "offshoring", "outsourcing", "outstaffing", "staff-augmentation" },
            ranking.Select(r => r.GetProperty("model").GetString()!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("outsourcing", ranking[0].GetProperty("model").GetString());
        Assert.True(ranking[0].GetProperty("score").GetDouble() >= ranking[1].GetProperty("score").GetDouble());
        Assert.Equal(1, body.GetProperty("weightsVersion").GetInt32());
        Assert.Equal("low", body.GetProperty("answers").GetProperty("control").GetString());
        Assert.Equal(60000, body.GetProperty("answers").GetProperty("budgetUsd").GetInt64());
        Assert.True(body.GetProperty("createdAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Get_returns_exactly_the_body_the_stored_result_gives_even_for_an_adjusted_result()
    {
        // Read back from the database, the body is the object model's serialisation of what was created, with
        // knock-outs, tensions and a link back to an earlier result.
        var (_, original) = await PostAsync("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""");
        var service = Factory.Services.GetRequiredService<EngagementAdvisor.Web.Features.Assessments.AssessmentService>();
        var answers = EngagementAdvisor.Core.Questions.Answers.Of(EngagementAdvisor.Core.Questions.Questionnaire.Default, new Dictionary<string, string?>
        {
            ["control"] = "high", ["scope-stability"] = "volatile", ["in-house-pm"] = "none", ["duration"] = "30", ["budget"] = "2000000",
            ["team-size"] = "12", ["data-sensitivity"] = "high", ["niche-expertise"] = "yes", ["label"] = "Tom & Jerry <co>",
        });
        var adjusted = await service.CreateAsync(answers, original.GetProperty("token").GetString(), TestContext.Current.CancellationToken);
        using var client = Factory.CreateClient();

        var fetched = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/assessments/{adjusted.Stored.Token}", UriKind.Relative));

        var expected = JsonSerializer.SerializeToElement(
            EngagementAdvisor.Web.Api.AssessmentBody.From(adjusted.Stored, new Uri(client.BaseAddress!, "/r/" + adjusted.Stored.Token)),
            EngagementAdvisor.Web.Infrastructure.AdvisorJson.Options);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(expected.GetRawText()), System.Text.Json.Nodes.JsonNode.Parse(fetched.GetRawText())),
            $"expected {expected.GetRawText()}\nfetched {fetched.GetRawText()}");
        Assert.EndsWith("/r/" + original.GetProperty("token").GetString(), fetched.GetProperty("adjustedFromUrl").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_returns_the_same_body_as_the_post()
    {
        var (_, created) = await PostAsync("""{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":24,"budgetUsd":900000,"teamSize":6,"startUrgency":"soon","dataSensitivity":"high","nicheExpertise":false,"label":"Q3 platform"}""");
        using var client = Factory.CreateClient();

        var fetched = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/assessments/{created.GetProperty("token").GetString()}", UriKind.Relative));

        AssertSameResult(created, fetched);
        Assert.Equal("Q3 platform", fetched.GetProperty("answers").GetProperty("label").GetString());
    }

    [Fact]
    public async Task Get_of_an_unknown_token_is_404()
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/assessments/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Missing_fields_are_each_named_in_a_validation_problem()
    {
        var (response, body) = await PostAsync("""{"control":"low"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = body.GetProperty("errors");
        foreach (var field in new[] { "scopeStability", "inHousePm", "durationMonths", "budgetUsd" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} not named");
        }
        Assert.False(errors.TryGetProperty("control", out _));
    }

    [Theory]
    [InlineData("""{"control":"extreme","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""", "control")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":0,"budgetUsd":60000}""", "durationMonths")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":121,"budgetUsd":60000}""", "durationMonths")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4.5,"budgetUsd":60000}""", "durationMonths")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":"4","budgetUsd":60000}""", "durationMonths")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":999}""", "budgetUsd")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":100000001}""", "budgetUsd")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":-5}""", "budgetUsd")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"teamSize":501}""", "teamSize")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"startUrgency":"now"}""", "startUrgency")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"dataSensitivity":"HIGH"}""", "dataSensitivity")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"nicheExpertise":"yes"}""", "nicheExpertise")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"label":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}""", "label")]
    [InlineData("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"score":100}""", "score")]
    [InlineData("""{"control":"low","control":"high","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""", "control")]
    public async Task Bad_values_are_named_and_nothing_is_stored(string json, string field)
    {
        var (response, body) = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty(field, out _), $"{field} not named in {body}");
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Malformed_bodies_are_400_and_store_nothing(string json)
    {
        using var client = Factory.CreateClient();
        using var content = Json(json);

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_is_415()
    {
        using var client = Factory.CreateClient();
        using var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Health_check_answers_when_the_database_does()
    {
        using var client = Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document()
    {
        using var client = Factory.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/assessments", out var post));
        Assert.True(post.TryGetProperty("post", out _));
        Assert.True(paths.TryGetProperty("/api/assessments/{token}", out _));
    }
}
