using System.Net;
using System.Text;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Admin;

public sealed class AssessmentsListTests : AppTest
{
    [Fact]
    public async Task The_list_is_newest_first_filters_by_model_links_to_each_result_and_exports_csv()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        await CreateAssessmentAsync("""{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":30,"budgetUsd":900000,"teamSize":12,"label":"=HYPERLINK(\"x\")"}""");
        using var client = await AdminSession.AdminAsync(Factory);

        var all = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/admin/assessments", UriKind.Relative)));
        var ids = all.QuerySelectorAll("#assessments tbody th a").Select(a => a.TextContent).ToList();
        Assert.Equal(["#2", "#1"], ids);

        var outsourcing = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/admin/assessments?model=outsourcing", UriKind.Relative)));
        Assert.Single(outsourcing.QuerySelectorAll("#assessments tbody tr"));

        var future = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/admin/assessments?from=2999-01-01", UriKind.Relative)));
        Assert.Empty(future.QuerySelectorAll("#assessments tbody tr"));

        using var detail = await client.GetAsync(new Uri("/admin/assessments/1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Outsourcing", (await HtmlForms.ParseAsync(detail)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);

        using var csv = await client.GetAsync(new Uri("/admin/assessments?handler=Csv", UriKind.Relative));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id,created_at,weights_version,recommended_model", lines[0], StringComparison.Ordinal);
        Assert.Contains(",outsourcing,low,stable,none,4,60000,", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
    }
}
