using System.Net;
using System.Text;
using AngleSharp.Dom;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    private static async Task<IDocument> PageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/admin/assessments" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlForms.ParseAsync(response);
    }

    private static List<long> Ids(IDocument page) =>
        [.. page.QuerySelectorAll("#assessments tbody th a").Select(a => long.Parse(a.TextContent.TrimStart('#'), System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Pages_follow_one_another_by_key_newest_first_without_gaps_or_repeats_and_without_a_count()
    {
        // 130 results over the past year, stored out of time order (as a seeded or imported database is).
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(130, seed: 7);
        using var client = await AdminSession.AdminAsync(Factory);

        var seen = new List<long>();
        var pages = new List<IDocument>();
        var page = await PageAsync(client, "");
        Assert.Null(page.QuerySelector("#newer"));
        while (true)
        {
            pages.Add(page);
            seen.AddRange(Ids(page));
            Assert.InRange(Ids(page).Count, 1, Pages.Admin.Assessments.IndexModel.PageSize);
            if (page.QuerySelector("#older") is not { } older) break;
            page = await PageAsync(client, new Uri(new Uri("http://x/admin/assessments"), older.GetAttribute("href")!).Query);
        }
        Assert.Equal(3, pages.Count);
        Assert.Equal(130, seen.Count);
        Assert.Equal(130, seen.Distinct().Count());
        // Newest first by creation time, as the dates on the rows read.
        var dates = pages.SelectMany(p => p.QuerySelectorAll("#assessments tbody td[data-label='Created (UTC)']").Select(td => td.TextContent)).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.DoesNotContain("Page", pages[0].QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);

        // And back: the newer link of the last page gives the middle page again.
        var back = await PageAsync(client, new Uri(new Uri("http://x/admin/assessments"), pages[2].QuerySelector("#newer")!.GetAttribute("href")!).Query);
        Assert.Equal(Ids(pages[1]), Ids(back));
        Assert.NotNull(back.QuerySelector("#newest"));
    }

    [Fact]
    public async Task A_model_filter_pages_within_that_model_and_a_stale_or_bad_edge_starts_from_the_newest()
    {
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(150, seed: 11);
        using var client = await AdminSession.AdminAsync(Factory);

        var outsourcing = new List<long>();
        var query = "?model=outsourcing";
        while (true)
        {
            var page = await PageAsync(client, query);
            Assert.All(page.QuerySelectorAll("#assessments tbody td[data-label='Recommended']"), td => Assert.Equal("Outsourcing", td.TextContent));
            outsourcing.AddRange(Ids(page));
            if (page.QuerySelector("#older") is not { } older) break;
            query = new Uri(new Uri("http://x/admin/assessments"), older.GetAttribute("href")!).Query;
        }
        var store = Factory.Services.GetRequiredService<AssessmentStore>();
        var expected = await store.ListAsync(new AssessmentFilter(Core.Models.EngagementModel.Outsourcing, null, null)).Select(r => r.Id).ToListAsync();
        Assert.Equal(expected, outsourcing);

        var newest = Ids(await PageAsync(client, ""));
        Assert.Equal(newest, Ids(await PageAsync(client, "?before=999999")));
        Assert.Equal(newest, Ids(await PageAsync(client, "?after=-5")));
        Assert.Equal(newest, Ids(await PageAsync(client, "?before=abc")));
    }

    private const string OffshoringCaseJson =
        """{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":30,"budgetUsd":900000,"teamSize":12}""";

    /// <summary>The columns before issue 22, in their order: admins' spreadsheets read them, so none may go or move apart.</summary>
    private static readonly string[] EarlierColumns =
    [
        "id", "created_at", "weights_version", "recommended_model", "control", "scope_stability", "in_house_pm", "duration_months", "budget_usd",
        "team_size", "workload", "start_urgency", "team_location", "data_sensitivity", "data_residency", "niche_expertise", "label", "prepared_by",
        "note", "ranking",
    ];

    /// <summary>The CSV as a spreadsheet reads it: by CsvHelper, from the bytes as sent, byte-order mark and all.</summary>
    private static List<Dictionary<string, string>> Records(byte[] csv, out List<string> header)
    {
        using var reader = CsvHelper.CsvReader.Create(csv, null);
        List<string> names = [.. reader.Headers];
        var records = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            records.Add(names.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => reader.GetString(c.i), StringComparer.Ordinal));
        }
        header = names;
        return records;
    }

    [Fact]
    public async Task Models_read_in_words_on_the_list_and_in_the_csv_which_keeps_its_columns_and_adds_the_names()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        await CreateAssessmentAsync(OffshoringCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);

        var page = await PageAsync(client, "");
        Assert.Equal(["Offshoring", "Outsourcing"], page.QuerySelectorAll("#assessments td[data-label='Recommended']").Select(td => td.TextContent));
        Assert.Equal(["Any model", "Outsourcing", "Outstaffing", "Offshoring", "Staff augmentation"], page.QuerySelectorAll("#model option").Select(o => o.TextContent));

        using var csv = await client.GetAsync(new Uri("/admin/assessments?handler=Csv", UriKind.Relative));
        var records = Records(await csv.Content.ReadAsByteArrayAsync(), out var header);
        // Nothing renamed, removed or reordered; the names in words are added after.
        Assert.Equal(EarlierColumns, header.Where(EarlierColumns.Contains));
        Assert.Equal(["recommended_model_name", "ranking_names"], header[^2..]);
        Assert.Equal(["offshoring", "outsourcing"], records.Select(r => r["recommended_model"]));
        Assert.Equal(["Offshoring", "Outsourcing"], records.Select(r => r["recommended_model_name"]));
        Assert.StartsWith("Outsourcing (", records[1]["ranking_names"], StringComparison.Ordinal);
        Assert.Equal(4, records[1]["ranking_names"].Split(", ").Length);
        Assert.Contains("Staff augmentation (", records[1]["ranking_names"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_starts_with_a_byte_order_mark_so_a_dash_in_a_label_reaches_a_spreadsheet_whole()
    {
        await CreateAssessmentAsync("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000,"label":"Acme — phase 2"}""");
        using var client = await AdminSession.AdminAsync(Factory);

        using var csv = await client.GetAsync(new Uri("/admin/assessments?handler=Csv", UriKind.Relative));
        var bytes = await csv.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType!.CharSet);
        // Once, not twice: the bytes after the mark are the header itself.
        Assert.StartsWith("id,created_at,", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        var records = Records(bytes, out var header);
        Assert.Equal("id", header[0]);
        Assert.Equal("Acme — phase 2", Assert.Single(records)["label"]);
        Assert.Contains("Acme — phase 2", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
