using EngagementAdvisor.Browser.Tests.Infrastructure;

namespace EngagementAdvisor.Browser.Tests.Flows;

/// <summary>
/// Screenshots of the main pages at phone and desktop width, and proof that no page scrolls sideways on a phone.
/// Every run writes them to artifacts/screenshots (ignored by git) to look at; with UPDATE_SCREENSHOTS=1 they
/// go to docs/screenshots, which the README shows, so a plain test run leaves the work tree clean.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    internal static string ScreenshotsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EngagementAdvisor.sln"))) return Directory.CreateDirectory(
                Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1"
                    ? Path.Combine(dir.FullName, "docs", "screenshots")
                    : Path.Combine(dir.FullName, "artifacts", "screenshots")).FullName;
        }
        throw new InvalidOperationException("Repository root not found.");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task Main_pages_render_without_sideways_scrolling_and_are_captured(int width)
    {
        var page = await fixture.NewPageAsync(width, 900);
        var resultUrl = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var secondUrl = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var pages = new (string Name, string Path)[]
        {
            ("home", "/"), ("questionnaire", "/assess"), ("result", resultUrl), ("models", "/models"),
            ("checklist", "/checklist"), ("compare", $"/compare?r={resultUrl}&r={secondUrl}"), ("compare-error", $"/compare?r={resultUrl}&r={resultUrl[..^1]}x"),
        };
        var folder = ScreenshotsFolder();
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{name} is {scrollWidth}px wide at {width}px");
            var file = Path.Combine(folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
        }
        await page.Context.CloseAsync();
    }
}
