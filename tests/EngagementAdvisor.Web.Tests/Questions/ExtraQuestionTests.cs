using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Questions;

/// <summary>
/// A new optional question takes its definition in the question table, its weights and its wording, and nothing else:
/// here a test-only table adds one, and the form, validation, the API and its OpenAPI schema, storage, the weights
/// editor and scoring all take it up without a line of the app changed.
/// </summary>
public sealed class ExtraQuestionTests : AppTest
{
    private static readonly Question DeliveryHistory = new()
    {
        Id = "delivery-history", Field = "deliveryHistory", Kind = QuestionKind.Choice,
        Name = "Experience with external teams", Noun = "delivery history",
        Text = "Have you worked with an external engineering team before?",
        HintTemplate = "Optional. Teams that have managed a vendor before know what to ask for.",
        Options = [new("never", "Never"), new("once", "Once"), new("often", "Often")],
    };

    private static readonly Questionnaire WithExtraQuestion =
        new([.. Questionnaire.Default.All.Where(q => q != Questionnaire.Label), DeliveryHistory, Questionnaire.Label]);

    public ExtraQuestionTests() => Factory.Questionnaire = WithExtraQuestion;

    [Fact]
    public async Task The_form_asks_the_new_question_checks_it_and_stores_the_answer()
    {
        using var client = Factory.CreateBrowserLikeClient();
        var form = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/assess", UriKind.Relative)));
        Assert.Equal(["never", "once", "often", ""], form.QuerySelectorAll("input[name='deliveryHistory']").Select(i => i.GetAttribute("value")));
        Assert.Contains("external engineering team", form.QuerySelector("#q-deliveryHistory legend")!.TextContent, StringComparison.Ordinal);

        using var refused = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase().With("deliveryHistory", "sometimes"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = await HtmlForms.ParseAsync(refused);
        Assert.Equal("Error: Delivery history must be one of: never, once, often.", errors.QuerySelector("#q-deliveryHistory-error")!.TextContent.Trim());
        Assert.NotNull(errors.QuerySelector("a[href='#q-deliveryHistory']"));

        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase().With("deliveryHistory", "often"));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var result = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative)));
        Assert.Contains(result.QuerySelectorAll(".answers dd"), dd => dd.TextContent == "Often");
        var stored = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Single().AnswersJson));
        Assert.Contains("\"deliveryHistory\":\"often\"", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_accepts_returns_and_describes_the_new_question()
    {
        using var client = Factory.CreateClient();

        using var created = await client.PostAsJsonAsync(new Uri("/api/assessments", UriKind.Relative), Body("once"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("once", body.GetProperty("answers").GetProperty("deliveryHistory").GetString());
        var fetched = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/assessments/" + body.GetProperty("token").GetString(), UriKind.Relative));
        Assert.Equal("once", fetched.GetProperty("answers").GetProperty("deliveryHistory").GetString());

        foreach (var (value, message) in new (object, string)[] { ("sometimes", "must be one of: never, once, often"), (3, "must be a string") })
        {
            using var refused = await client.PostAsJsonAsync(new Uri("/api/assessments", UriKind.Relative), Body(value));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(message, problem.GetProperty("errors").GetProperty("deliveryHistory")[0].GetString(), StringComparison.Ordinal);
        }

        var openApi = await client.GetFromJsonAsync<JsonElement>(new Uri("/openapi/v1.json", UriKind.Relative));
        var schema = openApi.GetProperty("components").GetProperty("schemas").GetProperty("Answers").GetProperty("properties").GetProperty("deliveryHistory");
        Assert.Equal(["never", "once", "often"], schema.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Once_the_weights_editor_gives_it_importance_the_new_question_moves_the_scores()
    {
        // The editor lists the question the table added (at importance 0, since version 1 never heard of it).
        using var admin = await AdminSession.AdminAsync(Factory);
        var index = WithExtraQuestion.Scored.ToList().IndexOf(DeliveryHistory);
        var edits = new Dictionary<string, string>
        {
            ["Form.Comment"] = "weigh delivery history",
            [$"Form.Factors[{index}].Importance"] = "6",
            [$"Form.Factors[{index}].Levels[0].Outsourcing"] = "2",  // never managed a vendor: let one manage itself
            [$"Form.Factors[{index}].Levels[0].Outstaffing"] = "-2",
            [$"Form.Factors[{index}].Levels[2].Outstaffing"] = "2",  // done it often: can direct outstaffed engineers
        };
        var fields = await WeightsEditor.EditorFieldsAsync(admin, edits);
        Assert.Contains(fields, f => f.Key == $"Form.Factors[{index}].Factor" && f.Value == "delivery-history");
        using var saved = await WeightsEditor.PostAsync(admin, "Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var client = Factory.CreateClient();
        var never = await CreateAsync(client, "never");
        var often = await CreateAsync(client, "often");
        var skipped = await CreateAsync(client, null);

        var contribution = never.GetProperty("contributions").EnumerateArray().Single(c => c.GetProperty("factor").GetString() == "delivery-history");
        Assert.Equal("never", contribution.GetProperty("level").GetString());
        Assert.True(contribution.GetProperty("points")[0].GetDouble() > 0, "never: points for outsourcing");
        Assert.True(contribution.GetProperty("points")[1].GetDouble() < 0, "never: points against outstaffing");
        Assert.True(Score(often, "outstaffing") > Score(never, "outstaffing"));
        Assert.DoesNotContain(skipped.GetProperty("contributions").EnumerateArray(), c => c.GetProperty("factor").GetString() == "delivery-history");
        // Another answer to it would change the winner, or not, like any other question's: the flips consider it.
        Assert.All(never.GetProperty("robustness").GetProperty("flips").EnumerateArray(), f => Assert.False(string.IsNullOrEmpty(f.GetProperty("factor").GetString())));
    }

    private static Dictionary<string, object> Body(object? deliveryHistory)
    {
        var body = new Dictionary<string, object> { ["control"] = "medium", ["scopeStability"] = "evolving", ["inHousePm"] = "strong", ["durationMonths"] = 12, ["budgetUsd"] = 300_000 };
        if (deliveryHistory is not null) body["deliveryHistory"] = deliveryHistory;
        return body;
    }

    private static async Task<JsonElement> CreateAsync(HttpClient client, string? deliveryHistory)
    {
        using var created = await client.PostAsJsonAsync(new Uri("/api/assessments", UriKind.Relative), Body(deliveryHistory));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await created.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static double Score(JsonElement result, string model) =>
        result.GetProperty("ranking").EnumerateArray().Single(r => r.GetProperty("model").GetString() == model).GetProperty("score").GetDouble();
}
