using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Each participant answers on their own page, without seeing the others, until the facilitator reveals everyone's
/// answers: the point of the workshop is to find where people differ before they hear each other.
/// </summary>
public sealed class AnsweringApartTests : AppTest
{
    /// <summary>A budget nobody else gives, to look for on other people's pages.</summary>
    private const string DanasBudget = "987654";

    private static Dictionary<string, string> DanasAnswers() => Stakeholders.Cto().With("budgetUsd", DanasBudget);

    [Fact]
    public async Task Participants_answer_on_their_own_and_can_change_their_answers_which_the_facilitator_sees_as_last_saved()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli");

        Assert.Equal("2 joined, 0 answered, 0 counted in the group's result.", PageText.Of(await facilitator.PageAsync(), "#answered-summary"));
        await dana.AnswerAndCheckAsync(Stakeholders.Cto());
        Assert.Equal("2 joined, 1 answered, 1 counted in the group's result.", PageText.Of(await facilitator.PageAsync(), "#answered-summary"));
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        var saved = await HtmlForms.ParseAsync(await eli.Client.GetAsync(new Uri(eli.Link + "?saved=true", UriKind.Relative)));
        Assert.NotNull(saved.QuerySelector("#saved"));

        // Eli thinks again: the budget is $210,000, not $150,000.
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo().With("budgetUsd", "$210,000"));

        var page = await facilitator.PageAsync();
        Assert.Equal("2 joined, 2 answered, 2 counted in the group's result.", PageText.Of(page, "#answered-summary"));
        var budget = PageText.Of(page, "#q-budgetUsd");
        Assert.Contains("$210,000 1 of 2 — Eli", budget, StringComparison.Ordinal);
        Assert.Contains("$900,000 1 of 2 — Dana", budget, StringComparison.Ordinal);
        Assert.DoesNotContain("150,000", budget, StringComparison.Ordinal);
        Assert.Contains("answered", PageText.Of(page, "#participant-2"), StringComparison.Ordinal);
        // Their own page comes back with their answers as last saved, ready to change again.
        var own = await eli.PageAsync();
        Assert.Equal("210000", own.QuerySelector<IHtmlInputElement>("#answers-form input[name=budgetUsd]")!.Value);
        Assert.True(own.QuerySelector<IHtmlInputElement>("#answers-form input[name=control][value=low]")!.IsChecked);
        Assert.NotNull(own.QuerySelector("#answered"));
        var stored = await Factory.WithDbAsync(db => db.WorkshopParticipants.OrderBy(p => p.Number).Select(p => p.AnswersJson).ToListAsync());
        Assert.Contains("\"budgetUsd\":210000", stored[1], StringComparison.Ordinal);
    }

    /// <summary>A case edits the CFO's valid answers: "key=value" sets a field, "+key=value" posts it again, "-key" leaves it out.</summary>
    public static TheoryData<string, string[]> BadAnswers => new()
    {
        { "unknown control", ["control=extreme"] },
        { "control in capitals", ["control=LOW"] },
        { "control twice", ["+control=high"] },
        { "control missing", ["-control"] },
        { "duration 0", ["durationMonths=0"] },
        { "duration 121", ["durationMonths=121"] },
        { "duration with decimals", ["durationMonths=4.5"] },
        { "budget in words", ["budgetUsd=lots"] },
        { "budget below the minimum", ["budgetUsd=999"] },
        { "team size negative", ["teamSize=-3"] },
        { "niche not yes or no", ["nicheExpertise=true"] },
        { "a label", ["label=Acme Corp"] },
        { "a note", ["note=We should outsource"] },
        { "prepared by", ["preparedBy=Dana"] },
        { "an unknown field", ["included=false"] },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Bad_answers_are_400_with_a_message_and_change_nothing_stored(string name, string[] edits)
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        using var eli = await Participant.JoinAsync(Factory, await facilitator.InvitePathAsync(), "Eli");
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        var before = await Factory.WithDbAsync(db => db.WorkshopParticipants.SingleAsync());
        var form = await eli.PageAsync();
        // The budget changes too, so a post that stored anything at all would show.
        var fields = Stakeholders.Cfo().With("budgetUsd", "310000").Select(f => f).ToList();
        fields.Add(new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("#answers-form input[name=__RequestVerificationToken]")!.Value));
        foreach (var edit in edits)
        {
            var key = edit.TrimStart('+', '-').Split('=')[0];
            if (!edit.StartsWith('+')) fields.RemoveAll(f => f.Key == key);
            if (!edit.StartsWith('-')) fields.Add(new(key, edit[(edit.IndexOf('=', StringComparison.Ordinal) + 1)..]));
        }

        using var content = new FormUrlEncodedContent(fields);
        using var response = await eli.Client.PostAsync(new Uri(eli.Link, UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode}");
        Assert.NotEmpty(PageText.Of(await HtmlForms.ParseAsync(response), "#error-summary li"));
        var after = await Factory.WithDbAsync(db => db.WorkshopParticipants.SingleAsync());
        Assert.Equal(before.AnswersJson, after.AnswersJson);
        Assert.Equal(before.AnsweredAt, after.AnsweredAt);
    }

    [Fact]
    public async Task Before_the_reveal_nobody_sees_another_name_or_answer_after_it_they_do_by_name_and_hiding_hides_them_again()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO", names: "named");
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana Kim", "1");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli Novak", "2");
        await dana.AnswerAndCheckAsync(DanasAnswers());
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());

        var hidden = await eli.HtmlAsync();
        Assert.DoesNotContain("Dana", hidden, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("987,654", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain(DanasBudget, hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("Eli", await dana.HtmlAsync(), StringComparison.Ordinal);
        Assert.Contains("Hidden until the facilitator reveals them", PageText.Of(await eli.PageAsync(), "#everyone"), StringComparison.Ordinal);

        using (var revealed = await facilitator.RevealAsync(true))
        {
            Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
            Assert.Equal(facilitator.Link + "#reveal", revealed.Headers.Location!.OriginalString);
        }
        var everyone = PageText.Of(await eli.PageAsync(), "#everyone");
        Assert.Contains("Dana Kim (CTO): $987,654", everyone, StringComparison.Ordinal);
        Assert.Contains("You: $150,000", everyone, StringComparison.Ordinal);
        Assert.Contains("Eli Novak (CFO)", PageText.Of(await dana.PageAsync(), "#everyone"), StringComparison.Ordinal);
        Assert.NotNull((await facilitator.PageAsync()).QuerySelector("#hide-answers"));

        using (var hiddenAgain = await facilitator.RevealAsync(false)) Assert.Equal(HttpStatusCode.Redirect, hiddenAgain.StatusCode);
        var again = await eli.HtmlAsync();
        Assert.DoesNotContain("Dana", again, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("987,654", again, StringComparison.Ordinal);
        Assert.NotNull((await facilitator.PageAsync()).QuerySelector("#reveal-answers"));
    }

    [Fact]
    public async Task In_an_anonymous_workshop_the_reveal_shows_roles_only()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO", names: "anonymous");
        var invite = await facilitator.InvitePathAsync();
        using var cto = await Participant.JoinAsync(Factory, invite, role: "1");
        using var cfo = await Participant.JoinAsync(Factory, invite, role: "2");
        await cto.AnswerAndCheckAsync(DanasAnswers());
        await cfo.AnswerAndCheckAsync(Stakeholders.Cfo());
        Assert.DoesNotContain("987,654", await cfo.HtmlAsync(), StringComparison.Ordinal);

        using (var revealed = await facilitator.RevealAsync(true)) Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
        var everyone = PageText.Of(await cfo.PageAsync(), "#everyone");

        Assert.Contains("Revealed by the facilitator, by role", everyone, StringComparison.Ordinal);
        Assert.Contains("CTO: $987,654", everyone, StringComparison.Ordinal);
        // No name was asked for, so none is stored that a reveal could show.
        Assert.All(await Factory.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.Name).ToListAsync()), Assert.Null);
        Assert.Contains("by role", PageText.Of(await facilitator.PageAsync(), "#reveal"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("named", "Dana", null)]
    [InlineData("anonymous", null, "1")]
    public async Task Nobody_is_told_before_the_reveal_that_someone_else_gave_the_same_name_or_role(string names, string? name, string? role)
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, roles: "CTO, CFO", names: names);
        var invite = await facilitator.InvitePathAsync();
        using var first = await Participant.JoinAsync(Factory, invite, name, role);
        var alone = PageText.Of(await first.PageAsync(), ".eyebrow");
        using var second = await Participant.JoinAsync(Factory, invite, name, role);

        // The facilitator tells the two apart by their join order; the first one's own page must not change because
        // someone else joined with the same name or role: that would say who else is there before the reveal.
        Assert.Contains("participant 1", PageText.Of(await facilitator.PageAsync(), "#participant-1"), StringComparison.Ordinal);
        Assert.Equal(alone, PageText.Of(await first.PageAsync(), ".eyebrow"));
        Assert.DoesNotMatch(@"[Pp]articipant \d", await first.HtmlAsync());
        Assert.DoesNotMatch(@"[Pp]articipant \d", await second.HtmlAsync());
    }

    [Fact]
    public async Task Someone_left_out_of_the_result_is_not_shown_to_the_others_at_the_reveal()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli");
        await dana.AnswerAndCheckAsync(DanasAnswers());
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());

        using (var leftOut = await facilitator.IncludeAsync(1, include: false)) Assert.Equal(HttpStatusCode.Redirect, leftOut.StatusCode);
        using (var revealed = await facilitator.RevealAsync(true)) Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);

        // The reveal shows whose answers count; Dana's were left out, so they stay Dana's own.
        var page = await eli.HtmlAsync();
        Assert.DoesNotContain("Dana", page, StringComparison.Ordinal);
        Assert.DoesNotContain("987,654", page, StringComparison.Ordinal);
    }
}
