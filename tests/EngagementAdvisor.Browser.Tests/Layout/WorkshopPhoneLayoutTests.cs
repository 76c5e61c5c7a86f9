using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Layout;

/// <summary>
/// A workshop is answered on phones, and a facilitator may run it from one: every state of its pages at 375 px, on a
/// touch phone, passes the checks <see cref="PhoneLayoutTests"/> applies elsewhere (words whole, nothing wider than the
/// screen, text of at least 12 px, targets of at least 24 px).
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class WorkshopPhoneLayoutTests(BrowserFixture fixture)
{
    private static async Task CheckAsync(List<string> found, IPage page, string state)
    {
        // A mobile browser widens its layout to fit content that overflows; measured against 375 px, that cannot hide it.
        Assert.Equal(375, await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        found.AddRange((await page.EvaluateAsync<string[]>(PhoneLayoutTests.Problems)).Select(p => $"{state}: {p}"));
    }

    [Fact]
    public async Task Creating_and_joining_a_workshop_read_on_a_phone()
    {
        var found = new List<string>();
        var phone = await fixture.NewPhonePageAsync();
        await phone.GotoAsync("/workshops/new");
        await CheckAsync(found, phone, "new workshop, blank");
        await phone.FillAsync("#q-roles", string.Join(", ", Enumerable.Range(1, 13).Select(i => $"Head of procurement {i}")));
        await phone.ClickAsync("#create-workshop");
        await Assertions.Expect(phone.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, phone, "new workshop, with errors");
        await WorkshopPages.CreateAsync(phone, "Acme payments platform");
        var inviteUrl = await phone.InputValueAsync("#invite-url");

        var joiner = await fixture.NewPhonePageAsync();
        await joiner.GotoAsync("/w/join");
        await CheckAsync(found, joiner, "code form, blank");
        await joiner.FillAsync("#q-code", "not a code");
        await joiner.ClickAsync("#find-workshop");
        await Assertions.Expect(joiner.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, joiner, "code form, with an error");
        await joiner.GotoAsync(inviteUrl);
        await CheckAsync(found, joiner, "join form, blank");
        await joiner.ClickAsync("#join");
        await Assertions.Expect(joiner.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, joiner, "join form, with an error");

        Assert.True(found.Count == 0, string.Join("\n", found));
        foreach (var page in new[] { phone, joiner }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Running_a_workshop_to_its_result_reads_on_a_phone()
    {
        var found = new List<string>();
        var facilitator = await fixture.NewPhonePageAsync();
        var facilitatorUrl = await WorkshopPages.CreateAsync(facilitator, "Acme payments platform: the vendor decision for 2027");
        await CheckAsync(found, facilitator, "facilitator, just created");
        await facilitator.ReloadAsync();
        await CheckAsync(found, facilitator, "facilitator, nobody joined");
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");

        var dana = await fixture.NewPhonePageAsync();
        await WorkshopPages.JoinAsync(dana, inviteUrl, "Dana Kim", role: 1);
        await CheckAsync(found, dana, "participant, blank");
        await dana.FillAsync("#q-durationMonths", "500");
        await dana.ClickAsync("#save-answers");
        await Assertions.Expect(dana.Locator("#error-summary")).ToBeVisibleAsync();
        await CheckAsync(found, dana, "participant, with errors");
        await WorkshopPages.AnswerAsync(dana, WorkshopPages.Cto);
        await CheckAsync(found, dana, "participant, saved");
        var sam = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Sam Okafor", 2, WorkshopPages.Cfo);
        var priya = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Priya Raman", 3, WorkshopPages.ProductLead);

        await facilitator.ReloadAsync();
        await Assertions.Expect(facilitator.Locator("#open-facts")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, with answers and open facts");
        await facilitator.FillAsync("#settle-budgetUsd", "a lot");
        await facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#settle-budgetUsd-error")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, with a settle error");
        await facilitator.GotoAsync(facilitatorUrl);
        await facilitator.FillAsync("#settle-budgetUsd", "250,000");
        await facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#q-budgetUsd .settled")).ToBeVisibleAsync();
        await facilitator.ClickAsync("#reveal-answers");
        await Assertions.Expect(facilitator.Locator("#hide-answers")).ToBeVisibleAsync();
        await CheckAsync(found, facilitator, "facilitator, a fact settled and answers revealed");

        await dana.ReloadAsync();
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Priya Raman");
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
        foreach (var page in new[] { facilitator, dana, sam, priya }) await page.Context.CloseAsync();
    }
}
