using EngagementAdvisor.Browser.Tests.Infrastructure;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Flows;

[Collection(BrowserSuite.Name)]
public sealed class UserFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_shared_link_opens_in_a_fresh_browser_with_the_same_result()
    {
        var page = await fixture.NewPageAsync();
        var url = await QuestionnairePage.SubmitOutsourcingCaseAsync(page);
        var heading = await page.TextContentAsync("h1");

        var colleague = await fixture.NewPageAsync();
        await colleague.GotoAsync(url);

        Assert.Equal(heading, await colleague.TextContentAsync("h1"));
        Assert.Equal(0, await colleague.Locator("#manage-link").CountAsync());
        await page.Context.CloseAsync();
        await colleague.Context.CloseAsync();
    }

    [Fact]
    public async Task Kestrel_sends_no_server_header_and_the_content_security_policy_lets_our_own_scripts_run()
    {
        var page = await fixture.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        var response = await page.GotoAsync("/checklist");
        await page.CheckAsync("#risk-ndas input[data-check='ndas:outsourcing']");

        var headers = await response!.AllHeadersAsync();
        Assert.False(headers.ContainsKey("server"));
        Assert.Contains("script-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
        Assert.Empty(errors); // a CSP violation is reported on the console
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_invalid_submission_shows_the_errors_beside_the_fields()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/assess");
        await page.FillAsync("#q-durationMonths", "500");

        await page.ClickAsync("button[type=submit]");

        Assert.Contains("from 1 to 120", await page.TextContentAsync("#q-durationMonths-error"), StringComparison.Ordinal);
        Assert.Contains("Choose how much day-to-day control", await page.TextContentAsync("#q-control .field-error"), StringComparison.Ordinal);
        Assert.True(await page.Locator(".error-summary li").CountAsync() >= 4);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_questionnaire_can_be_completed_with_the_keyboard_alone()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/assess");
        await page.Locator("#q-control-low").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#q-control-low")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");                 // to the scope question's radio group
        await Assertions.Expect(page.Locator("#q-scopeStability-stable")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#q-scopeStability-stable")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");                 // to in-house PM
        await Assertions.Expect(page.Locator("#q-inHousePm-none")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page.Locator("#q-inHousePm-none")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#q-durationMonths")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("4");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#q-budgetUsd")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("60000");
        await Assertions.Expect(page.Locator("#q-budgetUsd")).ToHaveValueAsync("60000");
        await page.Locator("button[type=submit]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/r/**");
        Assert.Contains("Outsourcing", await page.TextContentAsync("h1"), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_signs_in_changes_a_weight_adds_a_rule_previews_and_saves()
    {
        var weightsBefore = await fixture.App.Services.GetRequiredService<WeightsStore>().GetLatestAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/admin/weights");
        await page.FillAsync("#email", AdvisorFactory.AdminEmail);
        await page.FillAsync("#password", fixture.App.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/admin/weights");

        // The points under each affinity follow the importance as it is typed (js/weights.js).
        var points = page.Locator("#field-Factors-4-Levels-0-Outsourcing-points");
        var before = await points.TextContentAsync();
        await page.FillAsync("input[name='Form.Factors[4].Importance']", "9");
        await Assertions.Expect(points).Not.ToHaveTextAsync(before!);

        // A rule is added by choosing, not typing: an answer of the questionnaire, a model, an effect.
        var rules = await page.Locator(".rule-row").CountAsync();
        await page.ClickAsync("#add-rule");
        await Assertions.Expect(page.Locator(".rule-row")).ToHaveCountAsync(rules + 1);
        var row = page.Locator(".rule-row").Last;
        await Assertions.Expect(row.Locator("select[name$='.Answer']")).ToBeFocusedAsync();
        // The importance typed before adding the row is still there.
        await Assertions.Expect(page.Locator("input[name='Form.Factors[4].Importance']")).ToHaveValueAsync("9");
        await row.Locator("select[name$='.Answer']").SelectOptionAsync("data-sensitivity=high");
        await row.Locator("select[name$='.Model']").SelectOptionAsync("outsourcing");
        await row.Locator("select[name$='.Effect']").SelectOptionAsync("Exclude");
        await row.Locator("textarea[name$='.Reason']").FillAsync("Highly sensitive data stays with people who work inside your own controls.");

        var address = page.Url;
        await page.ClickAsync("button:has-text('Preview impact')");
        await Assertions.Expect(page.Locator("#preview")).ToHaveCountAsync(1);
        // With JavaScript the preview is streamed into the page (js/preview.js), not posted: the address is unchanged.
        Assert.Equal(address, page.Url);
        Assert.StartsWith("Impact on all", await page.TextContentAsync("#preview-heading"), StringComparison.Ordinal);
        Assert.Contains("a different model", await page.TextContentAsync("#preview-summary"), StringComparison.Ordinal);
        await page.FillAsync("#field-Comment", "Budget matters more; sensitive data rules outsourcing out");
        await page.ClickAsync("button:has-text('Save as version')");
        await page.WaitForURLAsync("**/admin/weights/history**");

        Assert.Contains("Saved as version", await page.TextContentAsync("#saved"), StringComparison.Ordinal);
        Assert.Contains("Budget matters more", await page.TextContentAsync("#versions"), StringComparison.Ordinal);
        await page.GotoAsync("/admin/weights");
        var saved = page.Locator(".rule-row").Last;
        await Assertions.Expect(saved.Locator("select[name$='.Answer']")).ToHaveValueAsync("data-sensitivity=high");
        await Assertions.Expect(saved.Locator("select[name$='.Model']")).ToHaveValueAsync("outsourcing");
        await page.Context.CloseAsync();
        // The other tests share this app and expect its advice: the weights go back as they were.
        var versions = fixture.App.Services.GetRequiredService<WeightVersions>();
        await versions.SaveAsync(weightsBefore.Weights, weightsBefore.Version + 1, "browser tests", "Weights as they were before the admin flow test");
    }
}
