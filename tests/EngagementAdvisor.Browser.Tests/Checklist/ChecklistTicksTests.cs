using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Checklist;

[Collection(BrowserSuite.Name)]
public sealed class ChecklistTicksTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Ticks_on_a_result_page_survive_a_reload()
    {
        var page = await fixture.NewPageAsync();
        await QuestionnairePage.SubmitOutsourcingCaseAsync(page);

        // The checklist is one of the sections that open on demand.
        await page.ClickAsync("#checklist > summary");
        await page.CheckAsync("#risk-ip-ownership input[type=checkbox]");
        await page.CheckAsync("#risk-ndas input[type=checkbox]");
        await page.ReloadAsync();

        await Assertions.Expect(page.Locator("#risk-ip-ownership input[type=checkbox]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#risk-ndas input[type=checkbox]")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#risk-data-security input[type=checkbox]")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_results_with_the_same_recommendation_keep_their_own_ticks()
    {
        // Their checklist HTML is the same; the per-result key on the section keeps the ticks apart.
        var page = await fixture.NewPageAsync();
        var first = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var second = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);

        await page.GotoAsync(first);
        await page.ClickAsync("#checklist > summary");
        await page.CheckAsync("#risk-ndas input[type=checkbox]");
        await page.GotoAsync(second);
        await Assertions.Expect(page.Locator("#risk-ndas input[type=checkbox]")).Not.ToBeCheckedAsync();
        await page.GotoAsync(first);
        await Assertions.Expect(page.Locator("#risk-ndas input[type=checkbox]")).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Unticking_is_remembered_too_and_other_pages_keep_their_own_ticks()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/checklist");
        var box = "#risk-deliverables input[data-check='deliverables:offshoring']";

        await page.CheckAsync(box);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(box)).ToBeCheckedAsync();
        await page.UncheckAsync(box);
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(box)).Not.ToBeCheckedAsync();

        await page.CheckAsync(box);
        await page.GotoAsync("/models/offshoring");
        await Assertions.Expect(page.Locator("#risk-deliverables input[type=checkbox]")).Not.ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_checklist_reads_fine_and_can_be_ticked_without_javascript()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseAddress.ToString().TrimEnd('/'), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/checklist");
        await page.CheckAsync("#risk-ndas input[data-check='ndas:outstaffing']");

        await Assertions.Expect(page.Locator("#risk-ndas input[data-check='ndas:outstaffing']")).ToBeCheckedAsync();
        Assert.True(await page.Locator(".vendor-questions > li").CountAsync() >= 7);
        await context.CloseAsync();
    }
}
