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

    /// <summary>Prints the page as Chromium's "Save as PDF" does; returns the page count and the text.</summary>
    private static async Task<(int Pages, string Text)> PrintAsync(IPage page, string format)
    {
        var pdfPath = Path.Combine(Path.GetTempPath(), $"ea-result-{Guid.NewGuid():N}.pdf");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.PdfAsync(new PagePdfOptions { Path = pdfPath, Format = format, PrintBackground = false });
        try
        {
            var info = await RunAsync("pdfinfo", pdfPath);
            var pages = int.Parse(info.Split('\n').First(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            return (pages, await RunAsync("pdftotext", $"-layout {pdfPath} -"));
        }
        finally
        {
            File.Delete(pdfPath);
        }
    }

    [Theory]
    [InlineData("A4")]
    [InlineData("Letter")]
    public async Task A_result_prints_as_a_two_page_summary_a_consultant_can_send(string format)
    {
        var page = await fixture.NewPageAsync();
        var (url, _) = await QuestionnairePage.SubmitConsultantCaseAsync(page);
        // What someone the link was sent to prints, not the creator's first view.
        await page.GotoAsync(url);

        var (pages, text) = await PrintAsync(page, format);
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

        Assert.InRange(pages, 1, 2);
        Assert.Contains($"Page 1 of {pages}", flat, StringComparison.Ordinal);
        Assert.Contains("fits best", flat, StringComparison.Ordinal);
        Assert.Contains("Strength of fit", flat, StringComparison.Ordinal);
        Assert.Contains("Main risk", flat, StringComparison.Ordinal);
        Assert.Contains("Next step", flat, StringComparison.Ordinal);
        Assert.Contains("Prepared by Dana Reyes, Harbour Sourcing Advisors", flat, StringComparison.Ordinal);
        Assert.Contains("check two vendors' attrition figures", flat, StringComparison.Ordinal);
        // Other tests in the suite may have saved newer weights; the header names whichever this result used.
        Assert.Matches(@"weights version \d+", flat);
        Assert.Contains(new Uri(url).AbsolutePath[3..15], text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // Nothing that only works on screen.
        foreach (var screenOnly in new[] { "Copy link", "Get a recommendation", "Full report", "Adjust answers", "in this browser", "Score these answers again", "sections below open", "Start a new questionnaire" })
        {
            Assert.DoesNotContain(screenOnly, flat, StringComparison.Ordinal);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_full_report_prints_every_section_after_the_summary()
    {
        var page = await fixture.NewPageAsync();
        var url = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        await page.GotoAsync(url + "?report=full");

        var (pages, text) = await PrintAsync(page, "A4");
        var flat = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

        Assert.InRange(pages, 3, 20);
        Assert.Contains($"Page {pages} of {pages}", flat, StringComparison.Ordinal);
        foreach (var section in new[] { "All four models, ranked", "How each answer moved each score", "What each model would roughly cost", "Questions to ask a vendor", "Notes and sources" })
        {
            Assert.Contains(section, flat, StringComparison.Ordinal);
        }
        Assert.True(flat.IndexOf("Next step", StringComparison.Ordinal) < flat.IndexOf("All four models, ranked", StringComparison.Ordinal), "the summary comes first");
        Assert.DoesNotContain("Copy link", flat, StringComparison.Ordinal);
        await page.Context.CloseAsync();
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

        await page.ClickAsync("button[data-copy][aria-controls=share-url]");

        // The label changes when the clipboard promise settles: wait for it rather than read at once.
        await Assertions.Expect(page.Locator("button[data-copy][aria-controls=share-url]")).ToHaveTextAsync("Link copied");
        Assert.Equal(url, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        // The private link has its own button, set apart from the share link.
        var manage = await page.InputValueAsync("#manage-url");
        await page.ClickAsync("button[data-copy][aria-controls=manage-url]");
        await Assertions.Expect(page.Locator("button[data-copy][aria-controls=manage-url]")).ToHaveTextAsync("Link copied");
        Assert.Equal(manage, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
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
