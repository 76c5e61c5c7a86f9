using EngagementAdvisor.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Flows;

/// <summary>
/// A workshop as it runs in a meeting room: the facilitator on a laptop, three stakeholders each on their own phone
/// (separate browser profiles, so nobody shares a cookie), answers arriving on the facilitator's page over server-sent
/// events without a reload, a fact settled, answers revealed, and the workshop closed into one result.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class WorkshopFlowTests(BrowserFixture fixture)
{
    /// <summary>Room for a live update to travel: the event, the page fetched again, the regions swapped, on a busy CI machine.</summary>
    private static readonly LocatorAssertionsToContainTextOptions Live = new() { Timeout = 30_000 };

    /// <summary>
    /// Set on the facilitator's page once; still there later only if the page was never reloaded or left, so what it shows
    /// then arrived live.
    /// </summary>
    private const string MarkTheDocument = "() => { window.__sameDocument = true; }";
    private const string StillTheSameDocument = "() => window.__sameDocument === true";

    [Fact]
    public async Task Three_people_answer_apart_on_their_phones_while_the_facilitator_watches_settles_reveals_and_closes()
    {
        var facilitator = await fixture.NewPageAsync(1280, 900);
        await WorkshopPages.CreateAsync(facilitator, "Acme payments platform");
        // The stream is open once the "reload to see new answers" hint is gone: nothing that follows can be missed.
        await Assertions.Expect(facilitator.Locator("#reload-hint")).ToBeHiddenAsync();
        await facilitator.EvaluateAsync(MarkTheDocument);
        var code = (await facilitator.TextContentAsync("#invite-code"))!.Trim();
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", code);
        Assert.EndsWith("/w/join/" + code.Replace("-", "", StringComparison.Ordinal), inviteUrl, StringComparison.Ordinal);

        // One through the link, one by typing the code on the home page as people do (lower case, a space for the dash), one through the link.
        var dana = await fixture.NewPhonePageAsync();
        await WorkshopPages.JoinAsync(dana, inviteUrl, "Dana Kim", role: 1);
        var sam = await fixture.NewPhonePageAsync();
        await sam.GotoAsync("/");
        await sam.FillAsync("#home-code", code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal));
        // Sent with the phone keyboard's Go key (Enter): an emulated touch tap on the Join button was now and then followed
        // by no navigation at all (once in about fifteen runs), which a test of typing the code does not need to be about.
        await sam.PressAsync("#home-code", "Enter");
        await sam.WaitForURLAsync(inviteUrl);
        await WorkshopPages.GiveNameAndRoleAsync(sam, "Sam Okafor", role: 2);
        var priya = await fixture.NewPhonePageAsync();
        await WorkshopPages.JoinAsync(priya, inviteUrl, "Priya Raman", role: 3);

        await WorkshopPages.AnswerAsync(dana, WorkshopPages.Cto);
        await WorkshopPages.AnswerAsync(sam, WorkshopPages.Cfo);
        await WorkshopPages.AnswerAsync(priya, WorkshopPages.ProductLead);

        // Live: the same document, never reloaded, now counts everyone.
        await Assertions.Expect(facilitator.Locator("#answered-summary")).ToContainTextAsync("3 joined, 3 answered", Live);
        await Assertions.Expect(facilitator.Locator("#participants")).ToContainTextAsync("Priya Raman", Live);
        Assert.True(await facilitator.EvaluateAsync<bool>(StillTheSameDocument), "the facilitator's page was reloaded");

        // Answering apart: before the reveal a participant sees nobody else's name, nor their answers.
        await WorkshopPages.ReloadLiveAsync(dana);
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Hidden until the facilitator reveals them");
        await Assertions.Expect(dana.Locator("body")).Not.ToContainTextAsync("Sam Okafor");
        await Assertions.Expect(dana.Locator("body")).Not.ToContainTextAsync("Priya Raman");

        // The budget is a fact they disagree on ($150,000 against $300,000): the facilitator settles it.
        await Assertions.Expect(facilitator.Locator("#open-facts")).ToContainTextAsync("Budget", Live);
        await facilitator.FillAsync("#settle-budgetUsd", "250,000");
        await facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" }).ClickAsync();
        await Assertions.Expect(facilitator.Locator("#q-budgetUsd .settled")).ToContainTextAsync("Settled: $250,000");
        // Control (low, medium, high) is a preference that picks the model: the group's result says it decides.
        await Assertions.Expect(facilitator.Locator("#group-result")).ToContainTextAsync("This disagreement decides the result.");
        await Assertions.Expect(facilitator.Locator("#group-result #consensus")).ToContainTextAsync("Consensus:");

        // Revealed: Dana's open page shows the others' answers by name, live.
        await dana.EvaluateAsync(MarkTheDocument);
        await facilitator.ClickAsync("#reveal-answers");
        await Assertions.Expect(facilitator.Locator("#hide-answers")).ToBeVisibleAsync();
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Sam Okafor", Live);
        await Assertions.Expect(dana.Locator("#everyone")).ToContainTextAsync("Priya Raman", Live);
        Assert.True(await dana.EvaluateAsync<bool>(StillTheSameDocument), "Dana's page was reloaded");

        // Priya is still changing an answer when the facilitator closes: her form stays (it holds her focus) and she saves into a closed workshop.
        await priya.FocusAsync("#q-durationMonths");
        await priya.FillAsync("#q-durationMonths", "24");
        await facilitator.ClickAsync("#close-workshop");
        await Assertions.Expect(facilitator.Locator("#closed")).ToBeVisibleAsync();
        // Sam, who is not typing, sees it closed live: his form is gone and the result is linked.
        await Assertions.Expect(sam.Locator("#status #closed")).ToContainTextAsync("The workshop is closed", Live);
        await Assertions.Expect(sam.Locator("#answers-form")).ToHaveCountAsync(0);
        await Assertions.Expect(sam.Locator("#result-link")).ToBeVisibleAsync();
        var refused = await priya.RunAndWaitForResponseAsync(() => priya.Keyboard.PressAsync("Enter"), r => r.Request.Method == "POST");
        Assert.Equal(409, refused.Status);
        await Assertions.Expect(priya.Locator("#error-summary")).ToContainTextAsync("The workshop is closed");
        await Assertions.Expect(priya.Locator("#closed")).ToBeVisibleAsync();

        // The shared result keeps the group: the three names and how far they agree.
        await facilitator.ClickAsync("#result-link");
        await facilitator.WaitForURLAsync("**/r/**");
        var summary = facilitator.Locator("#group-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Dana Kim");
        await Assertions.Expect(summary).ToContainTextAsync("Sam Okafor");
        await Assertions.Expect(summary).ToContainTextAsync("Priya Raman");
        await Assertions.Expect(summary.Locator("#group-people")).ToContainTextAsync("Consensus:");
        await Assertions.Expect(summary.Locator("#group-settled")).ToContainTextAsync("$250,000");
        // Priya's refused change did not count: the group's answers are the ones saved before closing.
        await Assertions.Expect(facilitator.Locator("#group-detail")).Not.ToContainTextAsync("24 months");

        foreach (var page in new[] { facilitator, dana, sam, priya }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_value_the_facilitator_is_typing_survives_participants_saving_at_that_moment()
    {
        var (facilitator, dana, sam) = await TwoAnswersInAsync();
        var settle = facilitator.Locator("#settle-budgetUsd");

        // The facilitator starts typing the agreed budget; Sam saves a new duration at that moment.
        await settle.FocusAsync();
        await facilitator.Keyboard.TypeAsync("220000");
        await SaveWhileTheFacilitatorWaitsAsync(facilitator, sam, "18");
        // The region holding the field was not swapped: the typed value and the focus are where they were...
        await Assertions.Expect(settle).ToHaveValueAsync("220000");
        await Assertions.Expect(settle).ToBeFocusedAsync();
        await Assertions.Expect(facilitator.Locator("#q-durationMonths")).Not.ToContainTextAsync("18 months");

        // Keyboard users go on to the Settle button: that is still inside the form, so the swap still waits.
        var button = facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" });
        await facilitator.Keyboard.PressAsync("Tab");
        await Assertions.Expect(button).ToBeFocusedAsync();
        await SaveWhileTheFacilitatorWaitsAsync(facilitator, dana, "9");
        await Assertions.Expect(settle).ToHaveValueAsync("220000");
        await Assertions.Expect(button).ToBeFocusedAsync();

        await facilitator.Keyboard.PressAsync("Enter");
        await Assertions.Expect(facilitator.Locator("#q-budgetUsd .settled")).ToContainTextAsync("Settled: $220,000");
        // The typed value is what was settled, and the page shows the durations it held back meanwhile.
        await Assertions.Expect(facilitator.Locator("#q-durationMonths")).ToContainTextAsync("18 months");
        await Assertions.Expect(facilitator.Locator("#q-durationMonths")).ToContainTextAsync("9 months");

        foreach (var page in new[] { facilitator, dana, sam }) await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_facilitator_pressing_Settle_as_a_change_arrives_settles_what_they_typed()
    {
        var (facilitator, dana, sam) = await TwoAnswersInAsync();
        await facilitator.FillAsync("#settle-budgetUsd", "275000");
        await SaveWhileTheFacilitatorWaitsAsync(facilitator, sam, "18");

        // The mouse button goes down on Settle (focus moves to it), Dana's save is drawn meanwhile, then the button comes up:
        // the press lands on the same button, beside the same typed value.
        var button = facilitator.Locator("#q-budgetUsd").GetByRole(AriaRole.Button, new() { Name = "Settle" });
        await button.HoverAsync();
        await facilitator.Mouse.DownAsync();
        await SaveWhileTheFacilitatorWaitsAsync(facilitator, dana, "9");
        await Assertions.Expect(facilitator.Locator("#settle-budgetUsd")).ToHaveValueAsync("275000");
        await facilitator.Mouse.UpAsync();

        await Assertions.Expect(facilitator.Locator("#q-budgetUsd .settled")).ToContainTextAsync("Settled: $275,000");
        foreach (var page in new[] { facilitator, dana, sam }) await page.Context.CloseAsync();
    }

    /// <summary>A facilitator's page, its event stream open, with Dana's and Sam's answers in: the budget is an open fact.</summary>
    private async Task<(IPage Facilitator, IPage Dana, IPage Sam)> TwoAnswersInAsync()
    {
        var facilitator = await fixture.NewPageAsync(1280, 900);
        await WorkshopPages.CreateAsync(facilitator, "Northwind data platform");
        await Assertions.Expect(facilitator.Locator("#reload-hint")).ToBeHiddenAsync();
        var inviteUrl = await facilitator.InputValueAsync("#invite-url");
        var dana = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Dana Kim", 1, WorkshopPages.Cto);
        var sam = await WorkshopPages.JoinAndAnswerOnAPhoneAsync(fixture, inviteUrl, "Sam Okafor", 2, WorkshopPages.Cfo);
        await Assertions.Expect(facilitator.Locator("#answered-summary")).ToContainTextAsync("2 joined, 2 answered", Live);
        await Assertions.Expect(facilitator.Locator("#settle-budgetUsd")).ToBeVisibleAsync();
        return (facilitator, dana, sam);
    }

    /// <summary>
    /// A participant saves a new duration, and the facilitator's page is known to have fetched itself again afterwards:
    /// the live status line (emptied first) is written at the end of every refresh.
    /// </summary>
    private static async Task SaveWhileTheFacilitatorWaitsAsync(IPage facilitator, IPage participant, string durationMonths)
    {
        await facilitator.EvaluateAsync("() => { document.getElementById('live-status').textContent = ''; }");
        await participant.FillAsync("#q-durationMonths", durationMonths);
        await participant.ClickAsync("#save-answers");
        await participant.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
        await Assertions.Expect(facilitator.Locator("#live-status")).ToContainTextAsync("Updated", Live);
    }
}
