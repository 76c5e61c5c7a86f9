using System.Diagnostics;
using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Sharing;

[Collection(BrowserSuite.Name)]
public sealed class PrintAndResumeTests(BrowserFixture fixture)
{
    private static async Task<string> RunAsync(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, UseShellExecute = false })
            ?? throw new InvalidOperationException($"{tool} did not start; ./test.sh installs poppler-utils.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Fact]
    public async Task A_result_prints_to_a_clean_pdf_report_with_its_link_and_weights_version()
    {
        var page = await fixture.NewPageAsync();
        var url = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var pdfPath = Path.Combine(Path.GetTempPath(), $"ea-result-{Guid.NewGuid():N}.pdf");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.PdfAsync(new PagePdfOptions { Path = pdfPath, Format = "A4", PrintBackground = false });
        try
        {
            var info = await RunAsync("pdfinfo", pdfPath);
            var pages = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var text = await RunAsync("pdftotext", $"-layout {pdfPath} -");

            // A full report: ranking, explanation, costs, comparison, checklist and vendor questions.
            Assert.InRange(pages, 3, 24);
            Assert.Contains("Outsourcing", text, StringComparison.Ordinal);
            // Other tests in the suite may have saved newer weights; the footer names whichever this result used.
            Assert.Matches(@"weights version \d+", text);
            Assert.Contains(new Uri(url).AbsolutePath[3..15], text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            // No navigation or buttons in the report.
            Assert.DoesNotContain("Copy link", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Get a recommendation", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pdfPath);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_half_filled_questionnaire_survives_a_reload()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/assess");
        await page.CheckAsync("#q-control-high");
        await page.FillAsync("#q-durationMonths", "14");
        await page.FillAsync("#q-label", "Half done");

        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#q-control-high")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#q-durationMonths")).ToHaveValueAsync("14");
        await Assertions.Expect(page.Locator("#q-label")).ToHaveValueAsync("Half done");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_copy_link_button_appears_with_javascript_and_copies_the_link()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress.ToString().TrimEnd('/'), Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        var url = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);

        await page.ClickAsync("button[data-copy]");

        // The label changes when the clipboard promise settles: wait for it rather than read at once.
        await Assertions.Expect(page.Locator("button[data-copy]")).ToHaveTextAsync("Link copied");
        Assert.Equal(url, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData("/assess")]
    [InlineData("result")]
    public async Task The_questionnaire_and_result_fit_a_phone_without_sideways_scrolling(string path)
    {
        var page = await fixture.NewPageAsync(375, 800);
        if (path == "result") await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        else await page.GotoAsync(path);

        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width <= 375, $"{path} is {width}px wide on a 375px phone");
        await page.Context.CloseAsync();
    }
}
