using Microsoft.Playwright;

namespace EngagementAdvisor.Browser.Tests.Infrastructure;

/// <summary>
/// Runs a workshop the way people do: the facilitator creates it from the home page's button, each participant joins
/// through the invite on their own browser (the join cookie sends a second person on the same profile back to the first
/// one's page) and answers by clicking labels and typing.
/// </summary>
public static class WorkshopPages
{
    public const string Roles = "CTO, CFO, Product lead";

    /// <summary>One participant's answers to the five required questions (option ids and the numbers as typed).</summary>
    public sealed record Answers(string Control, string InHousePm, string BudgetUsd, string DurationMonths = "12", string ScopeStability = "evolving");

    /// <summary>Three people who want different things and disagree on a fact: the budget.</summary>
    public static readonly Answers Cto = new("low", "none", "150,000");
    public static readonly Answers Cfo = new("medium", "partial", "300,000");
    public static readonly Answers ProductLead = new("high", "strong", "300000");

    /// <summary>Creates a named workshop with the three roles from the home page; returns the facilitator's link.</summary>
    public static async Task<string> CreateAsync(IPage facilitator, string title)
    {
        ArgumentNullException.ThrowIfNull(facilitator);
        await facilitator.GotoAsync("/");
        await facilitator.ClickAsync("a#run-workshop");
        await facilitator.WaitForURLAsync("**/workshops/new");
        await facilitator.FillAsync("#q-title", title);
        await facilitator.FillAsync("#q-roles", Roles);
        await facilitator.CheckAsync("#q-names-named");
        await facilitator.ClickAsync("#create-workshop");
        await facilitator.WaitForURLAsync("**/w/f/**");
        return facilitator.Url;
    }

    /// <summary>Gives a name and a role (1-based, in the order of <see cref="Roles"/>) on an open join form; returns the participant's link.</summary>
    public static async Task<string> GiveNameAndRoleAsync(IPage participant, string name, int role)
    {
        ArgumentNullException.ThrowIfNull(participant);
        await participant.FillAsync("#q-name", name);
        await participant.CheckAsync($"#q-role-{role}");
        await participant.ClickAsync("#join");
        await participant.WaitForURLAsync("**/w/p/**");
        return participant.Url;
    }

    /// <summary>Opens the invite link and joins; returns the participant's link.</summary>
    public static async Task<string> JoinAsync(IPage participant, string inviteUrl, string name, int role)
    {
        ArgumentNullException.ThrowIfNull(participant);
        await participant.GotoAsync(inviteUrl);
        return await GiveNameAndRoleAsync(participant, name, role);
    }

    /// <summary>Fills the participant's page and saves; waits for the "Saved" callout.</summary>
    public static async Task AnswerAsync(IPage participant, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(answers);
        await FillAsync(participant, answers);
        await participant.ClickAsync("#save-answers");
        await participant.WaitForURLAsync(url => url.Contains("saved=true", StringComparison.Ordinal));
        await Assertions.Expect(participant.Locator("#saved")).ToBeVisibleAsync();
    }

    /// <summary>Fills the answers without saving.</summary>
    public static async Task FillAsync(IPage participant, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(answers);
        await participant.CheckAsync($"#q-control-{answers.Control}");
        await participant.CheckAsync($"#q-scopeStability-{answers.ScopeStability}");
        await participant.CheckAsync($"#q-inHousePm-{answers.InHousePm}");
        await participant.FillAsync("#q-durationMonths", answers.DurationMonths);
        await participant.FillAsync("#q-budgetUsd", answers.BudgetUsd);
    }

    /// <summary>
    /// Reloads a workshop page and waits for its event stream to answer: the server watches the workshop before it sends
    /// the stream's headers, so no change made after this can be missed by the page.
    /// </summary>
    public static async Task ReloadLiveAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.RunAndWaitForResponseAsync(() => page.ReloadAsync(), r => r.Url.EndsWith("/events", StringComparison.Ordinal) && r.Status == 200);
    }

    /// <summary>A participant on a phone of their own who joins through the link and answers.</summary>
    public static async Task<IPage> JoinAndAnswerOnAPhoneAsync(BrowserFixture fixture, string inviteUrl, string name, int role, Answers answers, bool bypassContentSecurityPolicy = false)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var phone = await fixture.NewPhonePageAsync(bypassContentSecurityPolicy);
        await JoinAsync(phone, inviteUrl, name, role);
        await AnswerAsync(phone, answers);
        return phone;
    }
}
