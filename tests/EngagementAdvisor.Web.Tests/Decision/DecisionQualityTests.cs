using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Decision;

public sealed class DecisionQualityTests : AppTest
{
    private const string HighControlNoPm =
        """{"control":"high","scopeStability":"volatile","inHousePm":"none","durationMonths":12,"budgetUsd":300000,"dataSensitivity":"high"}""";

    [Fact]
    public async Task The_api_body_explains_the_result_how_firm_it_is_and_what_it_costs()
    {
        var body = await CreateAssessmentAsync(HighControlNoPm);

        Assert.True(body.GetProperty("contributions").GetArrayLength() >= 5);
        Assert.Equal(2, body.GetProperty("knockOuts").GetArrayLength());
        var robustness = body.GetProperty("robustness");
        Assert.Equal(1000, robustness.GetProperty("monteCarloRuns").GetInt32());
        Assert.InRange(robustness.GetProperty("winShare").GetDouble(), 0, 1);
        Assert.True(robustness.TryGetProperty("margin", out _));
        Assert.Contains(body.GetProperty("tensions").EnumerateArray(), t => t.GetProperty("id").GetString() == "control-without-pm");
        Assert.Equal(4, body.GetProperty("costs").GetProperty("models").GetArrayLength());
    }

    [Fact]
    public async Task The_result_page_shows_contributions_firmness_tensions_costs_and_their_assumptions()
    {
        var body = await CreateAssessmentAsync(HighControlNoPm);
        using var client = Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri($"/r/{body.GetProperty("token").GetString()}", UriKind.Relative));
        var document = await HtmlForms.ParseAsync(response);

        Assert.True(document.QuerySelectorAll("table.contributions tbody tr").Length >= 7);
        Assert.NotNull(document.QuerySelector("svg.contrib-chart title"));
        Assert.NotNull(document.QuerySelector("svg.score-chart desc"));
        Assert.Contains("runs with every factor", document.QuerySelector("#monte-carlo")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#tension-control-without-pm"));
        Assert.NotNull(document.QuerySelector("#knockout-no-pm-outstaffing"));
        Assert.Equal(4, document.QuerySelectorAll("table.costs tbody tr").Length);
        Assert.Equal(4, document.QuerySelectorAll("#costs polyline").Length);
        var assumptions = document.QuerySelector(".assumptions")!.TextContent;
        Assert.Contains("$25–80/hr", assumptions, StringComparison.Ordinal);
        Assert.Contains("Our assumption", assumptions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_result_keeps_the_weights_and_cost_assumptions_it_was_computed_with()
    {
        var before = await CreateAssessmentAsync(HighControlNoPm);
        var token = before.GetProperty("token").GetString();

        // A new version with dearer rates and no knock-outs, as an admin might save it.
        var defaults = DefaultWeights.Create();
        var dearer = new WeightSet(defaults.Factors, [], defaults.Costs with { TeamExtensionRateUsd = new CostRange(100, 150, 200) });
        await Factory.WithDbAsync(async db =>
        {
            db.WeightSetVersions.Add(new WeightSetVersion { Version = 2, CreatedAt = DateTime.UtcNow, CreatedBy = "test", Comment = "dearer", WeightsJson = WeightsStore.Serialize(dearer) });
            return await db.SaveChangesAsync();
        });

        using var client = Factory.CreateClient();
        var after = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/assessments/{token}", UriKind.Relative));
        var page = await client.GetStringAsync(new Uri($"/r/{token}", UriKind.Relative));
        var newer = await CreateAssessmentAsync(HighControlNoPm);

        AssertSameResult(before, after);
        Assert.Contains("$25–80/hr", page, StringComparison.Ordinal);
        Assert.Equal(2, newer.GetProperty("weightsVersion").GetInt32());
        Assert.Equal(0, newer.GetProperty("knockOuts").GetArrayLength());
    }
}
