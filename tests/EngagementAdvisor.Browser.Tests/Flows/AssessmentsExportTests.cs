using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Flows;

/// <summary>
/// The admins' export in a real browser with JavaScript off: Export is a second submit button of the list's GET form,
/// so what Chromium sends (the fields, the button's name and value, the filter the list was drawn with) is what the
/// export reads.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class AssessmentsExportTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Export_after_changing_the_model_without_pressing_filter_lists_it_first_then_downloads_that_list()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = 375, Height = 800 },
            JavaScriptEnabled = false,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        await fixture.SignInAsAdminAsync(page);

        await page.GotoAsync("/admin/assessments?model=staff-augmentation");
        await page.SelectOptionAsync("#model", "outsourcing");
        await page.ClickAsync("#csv");

        // No file yet: the list of the filter in the fields comes first.
        await page.WaitForURLAsync("**changed=true");
        await Assertions.Expect(page.Locator("#changed")).ToBeVisibleAsync();
        Assert.Equal("outsourcing", await page.InputValueAsync("#model"));
        var shown = await page.Locator("#assessments tbody th a").AllTextContentsAsync();
        Assert.NotEmpty(shown);
        Assert.All(await page.Locator("#assessments td[data-label='Recommended']").AllTextContentsAsync(), m => Assert.Equal("Outsourcing", m));

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#csv"));
        Assert.Equal("assessments-outsourcing.csv", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.ToArray()[..3]);
        using var csv = CsvHelper.CsvReader.Create(bytes.ToArray(), null);
        var exported = new List<string>();
        while (csv.Read()) exported.Add("#" + csv.GetString("id"));
        Assert.Equal(shown, exported);
        await context.CloseAsync();
    }
}
