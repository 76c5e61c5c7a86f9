using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
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

    /// <summary>
    /// Presses a button of the list's GET form as a browser would: the fields as they are now, plus the button's own
    /// name and value (AngleSharp builds the submission by the HTML rules).
    /// </summary>
    private static async Task<HttpResponseMessage> PressAsync(HttpClient client, IDocument page, string button)
    {
        var form = page.QuerySelector<IHtmlFormElement>("form#filter") ?? throw new InvalidOperationException("No filter form.");
        var submission = form.GetSubmission(page.QuerySelector<IHtmlElement>(button) ?? throw new InvalidOperationException($"No {button}."))
            ?? throw new InvalidOperationException("The form submits nothing.");
        Assert.Equal(AngleSharp.Io.HttpMethod.Get, submission.Method);
        return await client.GetAsync(new Uri(new Uri(submission.Target.Href).PathAndQuery, UriKind.Relative));
    }

    private static void Choose(IDocument page, string model) => page.QuerySelector<IHtmlSelectElement>("#model")!.Value = model;

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

    [Fact]
    public async Task A_from_date_after_the_to_date_is_refused_with_a_message_marked_on_both_dates_and_the_csv_is_refused_too()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);

        using var response = await client.GetAsync(new Uri("/admin/assessments?from=2026-05-10&to=2026-05-01", UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = page.QuerySelector("#range-error")!.TextContent;
        Assert.Equal("From (10 May 2026) is after To (1 May 2026), so no result could match. Swap the dates, or clear one of them.", message);
        Assert.Equal("alert", page.QuerySelector("#filter-errors")!.GetAttribute("role"));
        foreach (var field in new[] { "#from", "#to" })
        {
            Assert.Equal("true", page.QuerySelector(field)!.GetAttribute("aria-invalid"));
            Assert.Equal("range-error", page.QuerySelector(field)!.GetAttribute("aria-describedby"));
        }
        Assert.Null(page.QuerySelector("#model")!.GetAttribute("aria-invalid"));
        // The dates stay in the fields to be corrected; nothing is listed and nothing offered for export.
        Assert.Equal("2026-05-10", page.QuerySelector<IHtmlInputElement>("#from")!.Value);
        Assert.Null(page.QuerySelector("#assessments"));
        Assert.Null(page.QuerySelector("#no-results"));
        Assert.Null(page.QuerySelector("#csv"));
        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);

        using var csv = await client.GetAsync(new Uri("/admin/assessments?from=2026-05-10&to=2026-05-01&handler=Csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("text/plain", csv.Content.Headers.ContentType!.MediaType);
        Assert.Null(csv.Content.Headers.ContentDisposition);
        Assert.Contains(message, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?from=2026-13-45", "from", "'2026-13-45' in From is not a date")]
    [InlineData("?to=yesterday", "to", "'yesterday' in To is not a date")]
    [InlineData("?from=99999-01-01", "from", "'99999-01-01' in From is not a date")]
    [InlineData("?from=01/05/2026", "from", "'01/05/2026' in From is not a date")]
    [InlineData("?model=insourcing", "model", "There is no model called 'insourcing'")]
    [InlineData("?model=Outsourcing", "model", "There is no model called 'Outsourcing'")]
    public async Task An_unreadable_date_or_an_unknown_model_is_named_in_a_message_on_its_field_never_an_empty_list(string query, string field, string message)
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);

        using var response = await client.GetAsync(new Uri("/admin/assessments" + query, UriKind.Relative));
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("true", page.QuerySelector("#" + field)!.GetAttribute("aria-invalid"));
        var describedBy = page.QuerySelector("#" + field)!.GetAttribute("aria-describedby")!;
        Assert.StartsWith(message, page.GetElementById(describedBy)!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#assessments"));

        using var csv = await client.GetAsync(new Uri("/admin/assessments" + query + "&handler=Csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Equal("text/plain", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains(message, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_export_button_exports_the_filter_the_list_shows()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        await CreateAssessmentAsync(OffshoringCaseJson);
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);
        string Day(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var page = await PageAsync(client, $"?model=outsourcing&from={Day(-1)}&to={Day(1)}");

        using var csv = await PressAsync(client, page, "#csv");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"assessments-outsourcing-from-{Day(-1)}-to-{Day(1)}.csv", csv.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(Ids(page), Records(await csv.Content.ReadAsByteArrayAsync(), out _).Select(r => long.Parse(r["id"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([3L, 1L], Ids(page));
    }

    [Fact]
    public async Task Export_after_changing_the_filter_without_applying_it_shows_the_new_list_first_then_exports_that()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        await CreateAssessmentAsync(OffshoringCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);
        var outsourcing = await PageAsync(client, "?model=outsourcing");
        Assert.Equal([1L], Ids(outsourcing));

        // Offshoring chosen, Filter not pressed: the list on the screen is still outsourcing's.
        Choose(outsourcing, "offshoring");
        using var pressed = await PressAsync(client, outsourcing, "#csv");

        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        Assert.NotEqual("text/csv", pressed.Content.Headers.ContentType?.MediaType);
        var offshoring = await PageAsync(client, pressed.Headers.Location!.OriginalString.Replace("/admin/assessments", "", StringComparison.Ordinal));
        Assert.Equal([2L], Ids(offshoring));
        Assert.Equal("offshoring", offshoring.QuerySelector<IHtmlSelectElement>("#model")!.Value);
        Assert.Contains("Export CSV now downloads these results", offshoring.QuerySelector("#changed")!.TextContent, StringComparison.Ordinal);

        using var csv = await PressAsync(client, offshoring, "#csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["2"], Records(await csv.Content.ReadAsByteArrayAsync(), out _).Select(r => r["id"]));
    }

    [Fact]
    public async Task Export_after_changing_the_dates_to_a_backwards_range_shows_the_message_instead_of_a_file()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        using var client = await AdminSession.AdminAsync(Factory);
        var page = await PageAsync(client, "");
        page.QuerySelector<IHtmlInputElement>("#from")!.Value = "2026-05-10";
        page.QuerySelector<IHtmlInputElement>("#to")!.Value = "2026-05-01";

        using var pressed = await PressAsync(client, page, "#csv");
        Assert.Equal(HttpStatusCode.Redirect, pressed.StatusCode);
        using var shown = await client.GetAsync(pressed.Headers.Location);

        Assert.Equal(HttpStatusCode.BadRequest, shown.StatusCode);
        var refused = await HtmlForms.ParseAsync(shown);
        Assert.NotNull(refused.QuerySelector("#range-error"));
        // The notice that the list was updated is for a list; here there is none.
        Assert.Null(refused.QuerySelector("#changed"));
    }

    [Fact]
    public async Task The_export_holds_every_result_of_the_filter_not_only_the_page_shown()
    {
        await Factory.Services.GetRequiredService<ResultSeeder>().SeedAsync(60, seed: 3);
        using var client = await AdminSession.AdminAsync(Factory);
        var first = await PageAsync(client, "");

        // The export holds every result of the filter, not only the page shown.
        using var csv = await PressAsync(client, first, "#csv");
        Assert.Equal(60, Records(await csv.Content.ReadAsByteArrayAsync(), out _).Count);
        // Filter with unchanged fields gives the same list back.
        using var filtered = await PressAsync(client, first, "button:not([name])");
        Assert.Equal(Ids(first), Ids(await HtmlForms.ParseAsync(filtered)));
    }
}
