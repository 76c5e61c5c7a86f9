using System.Net;
using AngleSharp.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// The facilitator's page: who has answered, how far people disagree question by question, facts to settle apart from
/// preferences to weigh, the group's result two ways, and who counts in it.
/// </summary>
public sealed class FacilitatorViewTests : AppTest
{
    private const string GroupWinner = "section[aria-labelledby=way-answers] .way-winner";
    private const string MeanWinner = "section[aria-labelledby=way-mean] .way-winner";

    /// <summary>Dana answers as a CTO, Eli as a CFO (<see cref="Stakeholders"/>), Fay joins and does not answer yet.</summary>
    private async Task<Facilitator> DanaEliAndFayAsync()
    {
        var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO, Product lead");
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana", "1");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli", "2");
        using var fay = await Participant.JoinAsync(Factory, invite, "Fay", "3");
        await dana.AnswerAndCheckAsync(Stakeholders.Cto());
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        return facilitator;
    }

    private Task<string> SettledJsonAsync() => Factory.WithDbAsync(db => db.Workshops.Select(w => w.SettledJson).SingleAsync());

    [Fact]
    public async Task The_page_shows_who_answered_each_question_s_spread_and_facts_apart_from_preferences()
    {
        using var facilitator = await DanaEliAndFayAsync();

        var page = await facilitator.PageAsync();

        Assert.Equal("3 joined, 2 answered, 2 counted in the group's result.", PageText.Of(page, "#answered-summary"));
        Assert.Contains("Dana (CTO)", PageText.Of(page, "#participant-1"), StringComparison.Ordinal);
        Assert.Contains("joined, not answered yet", PageText.Of(page, "#participant-3"), StringComparison.Ordinal);
        // Control is a preference: one said low, one high, nobody medium. A view to weigh, not a fact to settle.
        var control = PageText.Of(page, "#q-control");
        Assert.Contains("Preference 2 answered: everyone differs (disagreement index 0.63 of 1)", control, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#q-control form"));
        // The budget is a fact people gave different answers to: a gap in what they know, with a form to settle it.
        var budget = PageText.Of(page, "#q-budgetUsd");
        Assert.Contains("Fact", budget, StringComparison.Ordinal);
        Assert.Contains("a gap in what people know, to settle", budget, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#q-budgetUsd input#settle-budgetUsd[name=value]"));
        Assert.Equal("budget", page.QuerySelector("#q-budgetUsd input[name=question]")!.GetAttribute("value"));
        // Both said their PM capacity is strong: a fact everyone agrees on needs no settling.
        Assert.Contains("everyone agrees", PageText.Of(page, "#q-inHousePm"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#settle-inHousePm"));
        Assert.Contains("Budget", PageText.Of(page, "#open-facts"), StringComparison.Ordinal);
        // The group's result two ways: their middle answers recommend outsourcing, the mean of their own results outstaffing.
        Assert.Equal("Outsourcing", PageText.Of(page, GroupWinner));
        Assert.Equal("Outstaffing", PageText.Of(page, MeanWinner));
        Assert.NotNull(page.QuerySelector("#ways-differ"));
        Assert.Contains("Consensus: low", PageText.Of(page, "#consensus"), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".influence li").Length);
        Assert.Contains("This disagreement decides the result.", PageText.Of(page, "#pref-control"), StringComparison.Ordinal);
        Assert.Contains("decides", page.QuerySelector("#pref-control")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settling_a_fact_changes_the_group_s_result_and_reopening_it_goes_back_to_the_group_s_answers()
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var settled = await facilitator.SettleAsync("budget", "$1,000,000");
        var page = await facilitator.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        Assert.Equal(facilitator.Link + "#q-budgetUsd", settled.Headers.Location!.OriginalString);
        Assert.Contains("Settled: $1,000,000.", PageText.Of(page, "#q-budgetUsd .settled"), StringComparison.Ordinal);
        // Stored in the questionnaire's own form, whatever was typed.
        Assert.Equal("""{"budget":"1000000"}""", await SettledJsonAsync());
        // With the budget agreed at a million, the group's answers no longer point to outsourcing.
        Assert.Equal("Outstaffing", PageText.Of(page, GroupWinner));
        Assert.DoesNotContain("Budget", PageText.Of(page, "#open-facts"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#q-budgetUsd form[action*='handler=reopen']"));

        using var reopened = await facilitator.PostAsync("reopen", ("question", "budget"));
        var again = await facilitator.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal("{}", await SettledJsonAsync());
        Assert.Null(again.QuerySelector("#q-budgetUsd .settled"));
        Assert.Equal("Outsourcing", PageText.Of(again, GroupWinner));
    }

    [Fact]
    public async Task A_settled_value_shows_as_settled_even_when_it_does_not_change_the_result()
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var settled = await facilitator.SettleAsync("budget", "$250,000");
        var page = await facilitator.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        Assert.Contains("Settled: $250,000.", PageText.Of(page, "#q-budgetUsd"), StringComparison.Ordinal);
        Assert.Equal("Outsourcing", PageText.Of(page, GroupWinner));
        Assert.Equal("""{"budget":"250000"}""", await SettledJsonAsync());
    }

    /// <summary>Settle posts the form would never send, each with the element its message belongs on.</summary>
    public static TheoryData<string, string, string, string> BadSettles => new()
    {
        { "budget in letters", "budget", "lots", "#settle-budgetUsd-error" },
        { "budget below the range", "budget", "500", "#settle-budgetUsd-error" },
        { "budget above the range", "budget", "100000001", "#settle-budgetUsd-error" },
        { "budget empty", "budget", " ", "#settle-budgetUsd-error" },
        { "duration with decimals", "duration", "4.5", "#settle-durationMonths-error" },
        { "PM capacity not an option", "in-house-pm", "some", "#settle-inHousePm-error" },
        // Nobody answered the workload, so the page has no settle form for it: the message goes above everything.
        { "workload nobody answered, not an option", "workload", "sometimes", "#error-summary" },
        { "a preference", "control", "low", "#error-summary" },
        { "the label", "label", "Acme", "#error-summary" },
        { "an unknown question", "nope", "1", "#error-summary" },
        { "the field name instead of the question id", "budgetUsd", "250000", "#error-summary" },
    };

    [Theory]
    [MemberData(nameof(BadSettles))]
    public async Task Bad_settle_values_are_400_with_a_message_and_change_nothing(string name, string question, string value, string messageAt)
    {
        using var facilitator = await DanaEliAndFayAsync();
        using (var first = await facilitator.SettleAsync("duration", "18")) Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        using var response = await facilitator.SettleAsync(question, value);
        var page = await HtmlForms.ParseAsync(response);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.NotEmpty(PageText.Of(page, messageAt));
        Assert.Equal("""{"duration":"18"}""", await SettledJsonAsync());
        Assert.Equal("Outsourcing", PageText.Of(page, GroupWinner));
    }

    [Fact]
    public async Task A_settle_refused_before_anyone_answered_still_says_why()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);

        using var response = await facilitator.SettleAsync("budget", "lots");
        var page = await HtmlForms.ParseAsync(response);

        // The page has no settle forms yet (nothing to settle), so the message cannot sit on one: it must still be said.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The budget must be a whole number, without decimals or letters.", PageText.Of(page, "#error-summary"), StringComparison.Ordinal);
        Assert.Equal("{}", await SettledJsonAsync());
    }

    [Fact]
    public async Task A_refused_settle_value_is_shown_back_in_its_field_with_the_message()
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var response = await facilitator.SettleAsync("budget", "lots");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The budget must be a whole number, without decimals or letters.", PageText.Of(page, "#settle-budgetUsd-error").Replace("Error: ", "", StringComparison.Ordinal));
        Assert.Equal("lots", page.QuerySelector("#settle-budgetUsd")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#settle-budgetUsd")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Leaving_someone_out_changes_the_number_counted_and_the_group_s_result_and_counting_them_in_restores_it()
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var leftOut = await facilitator.IncludeAsync(2, include: false);
        var without = await facilitator.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, leftOut.StatusCode);
        Assert.Equal(facilitator.Link + "#participants", leftOut.Headers.Location!.OriginalString);
        Assert.Equal("3 joined, 2 answered, 1 counted in the group's result.", PageText.Of(without, "#answered-summary"));
        Assert.Contains("left out of the result", PageText.Of(without, "#participant-2"), StringComparison.Ordinal);
        // Without the CFO, the group is the CTO alone, whose own answers recommend offshoring.
        Assert.Equal("Offshoring", PageText.Of(without, GroupWinner));
        Assert.False(await Factory.WithDbAsync(db => db.WorkshopParticipants.Where(p => p.Number == 2).Select(p => p.Included).SingleAsync()));

        using var countedIn = await facilitator.IncludeAsync(2, include: true);
        var with = await facilitator.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, countedIn.StatusCode);
        Assert.Equal("3 joined, 2 answered, 2 counted in the group's result.", PageText.Of(with, "#answered-summary"));
        Assert.Equal("Outsourcing", PageText.Of(with, GroupWinner));
    }

    [Theory]
    [InlineData("9", "no")]
    [InlineData("0", "no")]
    [InlineData("-1", "no")]
    [InlineData("2.0", "no")]
    [InlineData(" 2", "no")]
    [InlineData("99999999999999999999", "no")]
    [InlineData("Eli", "no")]
    [InlineData("2", "maybe")]
    [InlineData("2", "NO")]
    [InlineData("2", "")]
    public async Task Forged_include_forms_are_400_and_change_nobody(string participant, string include)
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var response = await facilitator.PostAsync("include", ("participant", participant), ("include", include));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Reload the page and try again", PageText.Of(await HtmlForms.ParseAsync(response), "#error-summary"), StringComparison.Ordinal);
        Assert.All(await Factory.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.Included).ToListAsync()), Assert.True);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("")]
    [InlineData("true")]
    public async Task A_forged_reveal_form_is_400_and_reveals_nothing(string reveal)
    {
        using var facilitator = await DanaEliAndFayAsync();

        using var response = await facilitator.PostAsync("reveal", ("reveal", reveal));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await Factory.WithDbAsync(db => db.Workshops.Select(w => w.Revealed).SingleAsync()));
    }
}
