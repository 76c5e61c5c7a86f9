using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Accessibility;

/// <summary>
/// axe-core on every state of a workshop's pages a person meets: blank forms, forms with errors, answers saved and
/// revealed, the facilitator's page from empty to closed, and the result it closes into. These pages are new, so they are
/// held to every impact axe reports, not only the serious ones the older pages are.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class WorkshopAxeTests(BrowserFixture fixture)
{
    private static readonly string[] EveryImpact = ["minor", "moderate", "serious", "critical"];

    private static async Task CheckAsync(List<string> found, IPage page, string state) =>
        found.AddRange((await AxeTests.ViolationsAsync(page, EveryImpact)).Select(v => $"{state}: {v}"));

    [Fact]
    public async Task Creating_and_joining_a_workshop_have_no_accessibility_violations()
    {
        var found = new List<string>();
        var facilitator = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        await facilitator.GotoAsync("/workshops/new");
        await CheckAsync(found, facilitator, "new workshop, blank");
        await facilitator.ClickAsync("#create-workshop");
        await Assertions.Expect(facilitator.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "new workshop, with errors");
        await WorkshopPages.CreateAsync(facilitator, "Acme payments platform");
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");

        var phone = await fixture.NewPhonePageAsync(bypassContentSecurityPolicy: true);
        await phone.GotoAsync("/w/join");
        await CheckAsync(found, phone, "code form, blank");
        await phone.FillAsync("#q-code", "not a code");
        await phone.ClickAsync("#find-workshop");
        await Assertions.Expect(phone.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, phone, "code form, with an error");
        await phone.GotoAsync(inviteUrl);
        await CheckAsync(found, phone, "join form, blank");
        await phone.ClickAsync("#join");
        await Assertions.Expect(phone.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, phone, "join form, with an error");

        Assert.True(found.Count == 0, string.Join("\n", found));
        foreach (var page in new[] { facilitator, phone }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Running_a_workshop_to_its_result_has_no_accessibility_violations()
    {
        var found = new List<string>();
        var facilitator = await fixture.NewPageAsync(bypassContentSecurityPolicy: true);
        var facilitatorUrl = await WorkshopPages.CreateAsync(facilitator, "Acme payments platform");
        await CheckAsync(found, facilitator, "facilitator, just created (keep-your-link callout)");
        await facilitator.ReloadAsync();
        await CheckAsync(found, facilitator, "facilitator, nobody joined");
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");

        var dana = await fixture.NewPhonePageAsync(bypassContentSecurityPolicy: true);
        await WorkshopPages.JoinAsync(dana, inviteUrl, "Dana Kim", role: 1);
        await CheckAsync(found, dana, "participant, blank");
        await dana.FillAsync("#q-durationMonths", "500");
        await dana.ClickAsync("#save-answers");
        await Assertions.Expect(dana.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, dana, "participant, with errors");
        await WorkshopPages.AnswerAsync(dana, WorkshopPages.Cto);
        await CheckAsync(found, dana, "participant, saved");
        var sam = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Sam Okafor", 2, WorkshopPages.Cfo);

        await facilitator.ReloadAsync();
        await Assertions.Expect(facilitator.Locator("#open-facts")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, with answers and an open fact");
        await facilitator.FillAsync("#settle-budgetUsd", "a lot");
        await facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#settle-budgetUsd-error")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, with a settle error");

        await facilitator.GotoAsync(facilitatorUrl);
        await facilitator.ClickAsync("#reveal-answers");
        await dana.ReloadAsync();
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Sam Okafor");
        await CheckAsync(found, dana, "participant, revealed");

        await facilitator.ClickAsync("#close-workshop");
        await Assertions.Expect(facilitator.Locator("#closed")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, closed");
        await dana.ReloadAsync();
        await CheckAsync(found, dana, "participant, closed");
        var resultUrl = await facilitator.GetAttributeAsync("#result-link", "href");
        await facilitator.GotoAsync(resultUrl!);
        await CheckAsync(found, facilitator, "the workshop's result");
        await facilitator.GotoAsync(resultUrl + "?report=full");
        await CheckAsync(found, facilitator, "the workshop's result, full report");

        Assert.True(found.Count == 0, string.Join("\n", found));
        foreach (var page in new[] { facilitator, dana, sam }) await page.Context.CloseAsync();
    }
}
