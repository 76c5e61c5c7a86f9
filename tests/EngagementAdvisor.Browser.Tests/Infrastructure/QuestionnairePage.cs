using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Infrastructure;

/// <summary>Fills the questionnaire the way a person does: by clicking labels and typing.</summary>
public static class QuestionnairePage
{
    public static async Task<string> SubmitOutsourcingCaseAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/assess");
        await page.CheckAsync("#q-control-low");
        await page.CheckAsync("#q-scopeStability-stable");
        await page.CheckAsync("#q-inHousePm-none");
        await page.FillAsync("#q-durationMonths", "4");
        await page.FillAsync("#q-budgetUsd", "60,000");
        await page.FillAsync("#q-label", "Acme Corp");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/r/**");
        return page.Url;
    }

    /// <summary>A consultant's result: their name and a note to the client as well. Returns the share and manage links.</summary>
    public static async Task<(string ShareUrl, string ManageUrl)> SubmitConsultantCaseAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/assess");
        await page.CheckAsync("#q-control-high");
        await page.CheckAsync("#q-scopeStability-evolving");
        await page.CheckAsync("#q-inHousePm-strong");
        await page.FillAsync("#q-durationMonths", "18");
        await page.FillAsync("#q-budgetUsd", "400,000");
        await page.FillAsync("#q-teamSize", "3");
        await page.FillAsync("#q-label", "Northwind Retail");
        await page.FillAsync("#q-preparedBy", "Dana Reyes, Harbour Sourcing Advisors");
        await page.FillAsync("#q-note", "As agreed on Tuesday: check two vendors' attrition figures before the board meeting.");
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/r/**");
        return (page.Url, await page.InputValueAsync("#manage-url"));
    }
}
