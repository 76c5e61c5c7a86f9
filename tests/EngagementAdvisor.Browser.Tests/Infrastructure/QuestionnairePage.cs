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
}
