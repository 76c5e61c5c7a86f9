using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Knowledge;

public sealed class KnowledgePagesTests(KnowledgePagesTests.Fixture fixture) : IClassFixture<KnowledgePagesTests.Fixture>
{
    /// <summary>The knowledge pages only read; one app serves every test here.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public AdvisorFactory Factory { get; } = new();

        public ValueTask InitializeAsync() => ValueTask.CompletedTask;

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    private static readonly KnowledgeCatalogue Catalogue = KnowledgeCatalogue.Default;

    private async Task<AngleSharp.Dom.IDocument> GetPageAsync(string path)
    {
        using var client = fixture.Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    private static int Column(AngleSharp.Dom.IDocument document, EngagementModel model)
    {
        var headers = document.QuerySelectorAll("table.compare thead th").Select(h => h.TextContent).ToList();
        return headers.FindIndex(h => h.Contains(model.DisplayName(), StringComparison.Ordinal));
    }

    private static string Cell(AngleSharp.Dom.IDocument document, string dimension, EngagementModel model) =>
        document.QuerySelector($"tr#dim-{dimension}")!.Children[Column(document, model)].TextContent;

    [Fact]
    public async Task Models_page_compares_all_four_models_on_every_dimension()
    {
        var document = await GetPageAsync("/models");

        Assert.Equal(5, document.QuerySelectorAll("table.compare thead th").Length);
        Assert.Equal(Catalogue.Dimensions.Count, document.QuerySelectorAll("table.compare tbody tr").Length);
        Assert.Equal(14, Catalogue.Dimensions.Count);
    }

    [Theory]
    [InlineData("pricing", EngagementModel.Outstaffing, "$25–80/hr")]
    [InlineData("pricing", EngagementModel.StaffAugmentation, "$25–80/hr")]
    [InlineData("onboarding-speed", EngagementModel.Outstaffing, "1–2 weeks")]
    [InlineData("onboarding-speed", EngagementModel.StaffAugmentation, "1–2 weeks")]
    [InlineData("onboarding-speed", EngagementModel.Outsourcing, "2–4 weeks")]
    public async Task Figures_from_the_sources_appear_in_their_models_column(string dimension, EngagementModel model, string figure)
    {
        var document = await GetPageAsync("/models");

        Assert.Contains(figure, Cell(document, dimension, model), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Offshoring_rates_are_honestly_marked_as_missing_from_the_sources()
    {
        var document = await GetPageAsync("/models");

        var cell = document.QuerySelector("tr#dim-pricing")!.Children[Column(document, EngagementModel.Offshoring)];
        Assert.NotNull(cell.QuerySelector(".badge.none"));
        Assert.DoesNotMatch(@"\$\d", cell.TextContent);
    }

    [Fact]
    public async Task Every_cell_of_the_comparison_cites_a_source()
    {
        var document = await GetPageAsync("/models");

        foreach (var cell in document.QuerySelectorAll("table.compare tbody td"))
        {
            var notes = cell.QuerySelectorAll("sup.fn a[href^='#note-']");
            Assert.NotEmpty(notes);
            // Each points to a note at the end of the page that names the articles by title.
            Assert.All(notes, note => Assert.Contains("“", document.QuerySelector(note.GetAttribute("href")!)!.TextContent, StringComparison.Ordinal));
        }
        // Every article is named somewhere in the notes.
        var list = document.QuerySelector("#notes")!.TextContent;
        foreach (var source in Sources.All)
        {
            Assert.Contains(source.Title, list, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Market_figures_are_attributed_and_vendor_claims_labelled()
    {
        var document = await GetPageAsync("/models");
        var text = document.Body!.TextContent;

        foreach (var figure in new[] { "$430.50 billion", "$361 billion", "$777.8 billion", "$806.56 billion" })
        {
            Assert.Contains(figure, text, StringComparison.Ordinal);
        }
        Assert.NotEmpty(document.QuerySelectorAll(".market .badge.market"));
        Assert.NotEmpty(document.QuerySelectorAll("table.compare .badge.vendor"));
    }

    [Theory]
    [InlineData("outsourcing", "2–4 weeks")]
    [InlineData("outstaffing", "6+ months")]
    [InlineData("outstaffing", "$35–55/hr")]
    [InlineData("outstaffing", "$70–85/hr")]
    [InlineData("staff-augmentation", "40–60 days")]
    [InlineData("outsourcing", "$120,000")]
    [InlineData("offshoring", "division")]
    public async Task Each_profile_page_carries_its_models_figures(string id, string expected)
    {
        var document = await GetPageAsync($"/models/{id}");

        Assert.Contains(expected, document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Catalogue.RiskAreas.Count, document.QuerySelectorAll(".checklist .risk").Length);
    }

    [Theory]
    [InlineData("/models/freelancing")]
    [InlineData("/models/Outsourcing")]
    [InlineData("/models/staff_augmentation")]
    public async Task Unknown_model_ids_are_404(string path)
    {
        using var client = fixture.Factory.CreateBrowserLikeClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Checklist_page_shows_every_risk_area_for_every_model_and_every_vendor_question()
    {
        var document = await GetPageAsync("/checklist");

        foreach (var area in Catalogue.RiskAreas)
        {
            var rendered = document.QuerySelector($"#risk-{area.Id}");
            Assert.NotNull(rendered);
            Assert.Equal(4, rendered.QuerySelectorAll("input[type=checkbox]").Length);
        }
        foreach (var question in Catalogue.VendorQuestions)
        {
            Assert.Contains(question.Question, document.QuerySelector($"#vq-{question.Id}")!.TextContent, StringComparison.Ordinal);
        }
        Assert.Contains("2.8 years", document.QuerySelector("#vq-attrition-rate")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_result_page_adds_the_comparison_with_the_recommendation_highlighted_and_the_runner_up_beside_it()
    {
        using var client = fixture.Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        var link = posted.Headers.Location!.OriginalString;
        using var api = await client.GetFromJsonAsync<JsonDocument>(new Uri("/api/assessments/" + link[3..], UriKind.Relative));
        var runnerUp = api!.RootElement.GetProperty("ranking")[1].GetProperty("model").GetString()!;

        var document = await GetPageAsync(link);

        var headers = document.QuerySelectorAll("table.compare thead th");
        Assert.Contains("Outsourcing", headers[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("recommended", headers[1].ClassList);
        Assert.Contains($"/models/{runnerUp}", headers[2].InnerHtml, StringComparison.Ordinal);
        Assert.Contains("runner-up", headers[2].ClassList);
        foreach (var area in Catalogue.RiskAreas)
        {
            var rendered = document.QuerySelector($"#risk-{area.Id}");
            Assert.NotNull(rendered);
            Assert.Contains(area.For(EngagementModel.Outsourcing).Text, rendered.TextContent, StringComparison.Ordinal);
        }
        Assert.Equal(Catalogue.VendorQuestions.Count, document.QuerySelectorAll(".vendor-questions > li").Length);
    }

    [Fact]
    public async Task Api_lists_the_models_with_profiles_and_comparison()
    {
        using var client = fixture.Factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/models", UriKind.Relative));

        var ids = body.GetProperty("models").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Equal(["outsourcing", "outstaffing", "offshoring", "staff-augmentation"], ids);
        Assert.Equal(14, body.GetProperty("dimensions").GetArrayLength());
        Assert.Contains("$25–80/hr", body.GetProperty("dimensions").EnumerateArray().First(d => d.GetProperty("id").GetString() == "pricing")
            .GetProperty("cells").GetProperty("outstaffing").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_returns_one_model_and_404_for_an_unknown_one()
    {
        using var client = fixture.Factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/models/staff-augmentation", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/api/models/freelancing", UriKind.Relative));

        Assert.Equal("staff-augmentation", body.GetProperty("id").GetString());
        Assert.Equal(14, body.GetProperty("comparison").EnumerateObject().Count());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Api_returns_the_checklist_and_vendor_questions()
    {
        using var client = fixture.Factory.CreateClient();

        var body = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/checklist", UriKind.Relative));

        Assert.Equal(7, body.GetProperty("riskAreas").GetArrayLength());
        Assert.Equal(7, body.GetProperty("vendorQuestions").GetArrayLength());
        Assert.Equal(4, body.GetProperty("riskAreas")[0].GetProperty("whatToCheck").EnumerateObject().Count());
    }
}
