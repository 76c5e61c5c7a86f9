using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Flows;

/// <summary>
/// Screenshots of a workshop with three people's answers in it, at phone and desktop width, to look at: the
/// facilitator's page, a participant's page once revealed, and the result it closed into. Written where
/// <see cref="ScreenshotTests"/> writes its own (artifacts/screenshots, or docs/screenshots with UPDATE_SCREENSHOTS=1).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class WorkshopScreenshotTests(BrowserFixture fixture)
{
    private static async Task CaptureAsync(IPage page, string name, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{name} is {scrollWidth}px wide at {width}px");
        var file = Path.Combine(ScreenshotTests.ScreenshotsFolder(), $"{name}-{width}.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 5_000, $"{file} looks empty");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(375)]
    public async Task A_workshop_with_three_people_is_captured_without_sideways_scrolling(int width)
    {
        var phone = width < 600;
        var facilitator = phone ? await fixture.NewPhonePageAsync() : await fixture.NewPageAsync(width, 900);
        await WorkshopPages.CreateAsync(facilitator, "Acme payments platform");
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");
        var dana = phone ? await fixture.NewPhonePageAsync() : await fixture.NewPageAsync(width, 900);
        await WorkshopPages.JoinAsync(dana, inviteUrl, "Dana Kim", role: 1);
        await WorkshopPages.AnswerAsync(dana, WorkshopPages.Cto);
        var sam = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Sam Okafor", 2, WorkshopPages.Cfo);
        var priya = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Priya Raman", 3, WorkshopPages.ProductLead);

        // Three answers in, the budget still open: the page a facilitator watches during the meeting.
        await facilitator.ReloadAsync();
        await Assertions.Expect(facilitator.Locator("#open-facts")).ToBeVisibleAsync();
        await CaptureAsync(facilitator, "workshop-facilitator", width);

        await facilitator.FillAsync("#settle-budgetUsd", "250,000");
        await facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
        await facilitator.ClickAsync("#reveal-answers");
        await dana.ReloadAsync();
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Priya Raman");
        await CaptureAsync(dana, "workshop-participant", width);

        await facilitator.ClickAsync("#close-workshop");
        await facilitator.ClickAsync("#result-link");
        await facilitator.WaitForURLAsync("**/r/**");
        await CaptureAsync(facilitator, "workshop-result", width);
        // The panel that keeps how the group answered, open as the full report prints it.
        await facilitator.GotoAsync(facilitator.Url + "?report=full");
        await facilitator.Locator("#group-detail").ScreenshotAsync(new() { Path = Path.Combine(ScreenshotTests.ScreenshotsFolder(), $"workshop-result-group-{width}.png") });

        foreach (var page in new[] { facilitator, dana, sam, priya }) await page.Context.CloseAsync();
    }
}
