using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static EngagementAdvisor.Web.Tests.Infrastructure.WeightsEditor;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Closing freezes the answers of those who count into one shared result (/r/{token}) that keeps the group: who
/// answered, how far they agree, and which disagreements decide. After that, nothing about the workshop changes.
/// </summary>
public sealed class ClosingWorkshopTests : AppTest
{
    /// <summary>A workshop ready to close: Dana (CTO) and Eli (CFO) answered, Fay joined and did not; the budget is settled at $250,000.</summary>
    private sealed class ReadyGroup(Facilitator facilitator, Participant dana, Participant eli, Participant fay) : IDisposable
    {
        public Facilitator Facilitator => facilitator;

        public Participant Dana => dana;

        public Participant Eli => eli;

        public Participant Fay => fay;

        public void Dispose()
        {
            facilitator.Dispose();
            dana.Dispose();
            eli.Dispose();
            fay.Dispose();
        }
    }

    private async Task<ReadyGroup> ReadyToCloseAsync()
    {
        var facilitator = await Facilitator.CreateAsync(Factory, "Acme payments platform", "CTO, CFO, Product lead");
        var invite = await facilitator.InvitePathAsync();
        var group = new ReadyGroup(facilitator, await Participant.JoinAsync(Factory, invite, "Dana", "1"),
            await Participant.JoinAsync(Factory, invite, "Eli", "2"), await Participant.JoinAsync(Factory, invite, "Fay", "3"));
        await group.Dana.AnswerAndCheckAsync(Stakeholders.Cto());
        await group.Eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        using (var settled = await facilitator.SettleAsync("budget", "$250,000")) Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
        return group;
    }

    /// <summary>Closes through the page's own button and returns the result's path, as the facilitator's page links it.</summary>
    private static async Task<string> CloseAsync(Facilitator facilitator)
    {
        using var closed = await HtmlForms.SubmitAsync(facilitator.Client, facilitator.Link, new Dictionary<string, string>(), "#close form");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(facilitator.Link + "#closed", closed.Headers.Location!.OriginalString);
        var page = await facilitator.PageAsync();
        var link = page.QuerySelector<IHtmlAnchorElement>("#closed a#result-link")!.GetAttribute("href")!;
        Assert.Equal(link, page.QuerySelector<IHtmlInputElement>("#result-url")!.Value);
        return new Uri(link).AbsolutePath;
    }

    [Fact]
    public async Task Closing_with_nobody_counted_is_refused_with_a_message_and_the_workshop_stays_open()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");

        using var nobodyAnswered = await facilitator.CloseAsync();
        Assert.Equal(HttpStatusCode.BadRequest, nobodyAnswered.StatusCode);
        Assert.Contains("Nobody who counts has answered yet", PageText.Of(await HtmlForms.ParseAsync(nobodyAnswered), "#error-summary"), StringComparison.Ordinal);

        // Answered, but left out: still nobody who counts.
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
        using (var leftOut = await facilitator.IncludeAsync(1, include: false)) Assert.Equal(HttpStatusCode.Redirect, leftOut.StatusCode);
        using var nobodyCounted = await facilitator.CloseAsync();

        Assert.Equal(HttpStatusCode.BadRequest, nobodyCounted.StatusCode);
        Assert.Null(await Factory.WithDbAsync(db => db.Workshops.Select(w => w.ClosedAt).SingleAsync()));
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
        var page = await facilitator.PageAsync();
        Assert.Null(page.QuerySelector("#closed"));
        Assert.NotNull(page.QuerySelector("#close-workshop"));
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo().With("budgetUsd", "160000"));
    }

    [Fact]
    public async Task Closing_links_a_shared_result_that_keeps_the_group_its_consensus_and_the_decisive_disagreements()
    {
        using var group = await ReadyToCloseAsync();
        var (facilitator, dana, eli, fay) = (group.Facilitator, group.Dana, group.Eli, group.Fay);

        var resultPath = await CloseAsync(facilitator);
        using var client = Factory.CreateBrowserLikeClient();
        using var response = await client.GetAsync(new Uri(resultPath, UriKind.Relative));
        var result = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^/r/[A-Za-z0-9_-]{43}$", resultPath);
        // The result is prepared for the workshop's title, from the group's middle answers with the budget as settled.
        Assert.StartsWith("Outsourcing recommended for Acme payments platform", result.Title, StringComparison.Ordinal);
        Assert.Contains("Dana (CTO), Eli (CFO); 1 more took part but did not count", PageText.Of(result, "#group-people"), StringComparison.Ordinal);
        Assert.Contains("2 people answered apart", PageText.Of(result, "#group-people"), StringComparison.Ordinal);
        Assert.Contains("Consensus: low", PageText.Of(result, "#group-people"), StringComparison.Ordinal);
        Assert.Contains("Budget: $250,000", PageText.Of(result, "#group-settled"), StringComparison.Ordinal);
        Assert.Contains("differ", PageText.Of(result, "#group-ways"), StringComparison.Ordinal);
        var decisive = PageText.Of(result, "#group-decisive");
        Assert.Contains("Day-to-day control decides it", decisive, StringComparison.Ordinal);
        Assert.Contains("Scope stability decides it", decisive, StringComparison.Ordinal);
        Assert.Contains("Without the answers of Eli (CFO)", decisive, StringComparison.Ordinal);
        // The details keep the spread as counts only: a shared result names nobody's answers.
        Assert.NotNull(result.QuerySelector("#group-detail #spread-control"));
        Assert.DoesNotContain("Dana", PageText.Of(result, "#spread-budgetUsd") + PageText.Of(result, "#spread-control"), StringComparison.Ordinal);
        Assert.DoesNotContain("Fay", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var row = await Factory.WithDbAsync(db => db.Assessments.SingleAsync());
        using var frozen = JsonDocument.Parse(row.WorkshopJson!);
        Assert.Equal(["Dana (CTO)", "Eli (CFO)"], frozen.RootElement.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("label").GetString()));
        Assert.Equal("250000", frozen.RootElement.GetProperty("settled").GetProperty("budget").GetString());
        Assert.Equal(1, frozen.RootElement.GetProperty("excluded").GetInt32());
        Assert.Equal("Acme payments platform", StoredRows.LabelOf(row));
        // The participants' pages now link the result too.
        Assert.Equal(resultPath, new Uri((await eli.PageAsync()).QuerySelector<IHtmlAnchorElement>("#closed a#result-link")!.Href).AbsolutePath);
    }

    [Fact]
    public async Task The_printed_summary_includes_the_group_summary_and_the_full_report_opens_the_group_s_details()
    {
        using var group = await ReadyToCloseAsync();
        var (facilitator, dana, eli, fay) = (group.Facilitator, group.Dana, group.Eli, group.Fay);
        var resultPath = await CloseAsync(facilitator);
        using var client = Factory.CreateBrowserLikeClient();

        var summary = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(resultPath, UriKind.Relative)));
        var full = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(resultPath + "?report=full", UriKind.Relative)));

        Assert.Contains("Summary", PageText.Of(summary, ".print-header"), StringComparison.Ordinal);
        var groupSummary = summary.QuerySelector("#group-summary")!;
        // Printing leaves out what is marked no-print: the group summary must be on paper, inside the decision section.
        for (var element = groupSummary; element is not null; element = element.ParentElement)
        {
            Assert.False(element.ClassList.Contains("no-print"), $"#group-summary sits inside a no-print {element.TagName}#{element.Id}");
        }
        Assert.False(summary.QuerySelector<IHtmlDetailsElement>("#group-detail")!.IsOpen);
        Assert.Contains("Full report", PageText.Of(full, ".print-header"), StringComparison.Ordinal);
        Assert.True(full.QuerySelector<IHtmlDetailsElement>("#group-detail")!.IsOpen);
        Assert.NotNull(full.QuerySelector("#group-summary"));
    }

    [Fact]
    public async Task The_result_keeps_the_weights_it_was_closed_with_when_the_weights_change_afterwards()
    {
        using var group = await ReadyToCloseAsync();
        var (facilitator, dana, eli, fay) = (group.Facilitator, group.Dana, group.Eli, group.Fay);
        var latestAtClosing = await Factory.WithDbAsync(db => db.WeightSetVersions.MaxAsync(v => v.Version));
        var resultPath = await CloseAsync(facilitator);
        Assert.Equal(latestAtClosing, await Factory.WithDbAsync(db => db.Assessments.Select(a => a.WeightsVersion).SingleAsync()));

        // An admin then decides that day-to-day control and scope stability should not matter at all.
        using (var admin = await AdminSession.AdminAsync(Factory))
        {
            using var saved = await PostAsync(admin, "Save", await EditorFieldsAsync(admin, new Dictionary<string, string>
            {
                [ImportanceField("control")] = "0",
                [ImportanceField("scope-stability")] = "0",
                ["Form.Comment"] = "Control and scope no longer weigh",
            }));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(latestAtClosing + 1, await Factory.WithDbAsync(db => db.WeightSetVersions.MaxAsync(v => v.Version)));
        // With the new weights, the same two people's disagreement on control no longer decides anything: a new
        // workshop with the same answers shows it, so the check below can tell pinned weights from today's.
        using (var today = await Facilitator.CreateAsync(Factory, "Same answers, today's weights"))
        {
            var invite = await today.InvitePathAsync();
            using var cto = await Participant.JoinAsync(Factory, invite, "Dana");
            using var cfo = await Participant.JoinAsync(Factory, invite, "Eli");
            await cto.AnswerAndCheckAsync(Stakeholders.Cto());
            await cfo.AnswerAndCheckAsync(Stakeholders.Cfo());
            using (var settled = await today.SettleAsync("budget", "250000")) Assert.Equal(HttpStatusCode.Redirect, settled.StatusCode);
            Assert.DoesNotContain("This disagreement decides the result.", PageText.Of(await today.PageAsync(), "#pref-control"), StringComparison.Ordinal);
        }

        using var client = Factory.CreateBrowserLikeClient();
        var result = await HtmlForms.ParseAsync(await client.GetAsync(new Uri(resultPath, UriKind.Relative)));

        Assert.Contains($"weights version {latestAtClosing}", PageText.Of(result, ".print-header"), StringComparison.Ordinal);
        Assert.Contains("Day-to-day control decides it", PageText.Of(result, "#group-decisive"), StringComparison.Ordinal);
        Assert.StartsWith("Outsourcing recommended", result.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_closing_nothing_changes_participants_and_the_facilitator_get_409_and_a_second_close_is_refused()
    {
        using var group = await ReadyToCloseAsync();
        var (facilitator, dana, eli, fay) = (group.Facilitator, group.Dana, group.Eli, group.Fay);
        // Pages opened before the close: their forms are still in the browsers.
        var danasForm = await dana.PageAsync();
        var fayForm = await fay.PageAsync();
        var facilitatorToken = await facilitator.FormTokenAsync();
        await CloseAsync(facilitator);
        var before = await Factory.WithDbAsync(db => db.Workshops.Include(w => w.Participants).AsNoTracking().SingleAsync());

        foreach (var (participant, form) in new[] { (dana, danasForm), (fay, fayForm) })
        {
            var fields = Stakeholders.Cfo().With("budgetUsd", "777000").ToList();
            fields.Add(new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("#answers-form input[name=__RequestVerificationToken]")!.Value));
            using var content = new FormUrlEncodedContent(fields);
            using var late = await participant.Client.PostAsync(new Uri(participant.Link, UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            var page = await HtmlForms.ParseAsync(late);
            Assert.Contains("closed", PageText.Of(page, "#error-summary"), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("#closed #result-link"));
        }
        foreach (var (handler, fields) in new (string, (string, string)[])[]
        {
            ("settle", [("question", "duration"), ("value", "18")]),
            ("reopen", [("question", "budget")]),
            ("include", [("participant", "2"), ("include", "no")]),
            ("reveal", [("reveal", "yes")]),
            ("close", []),
        })
        {
            using var refused = await facilitator.PostWithTokenAsync(facilitatorToken, handler, fields);
            Assert.True(refused.StatusCode == HttpStatusCode.Conflict, $"{handler}: {(int)refused.StatusCode}");
            Assert.Contains("This workshop is closed", PageText.Of(await HtmlForms.ParseAsync(refused), "#error-summary"), StringComparison.Ordinal);
        }

        var after = await Factory.WithDbAsync(db => db.Workshops.Include(w => w.Participants).AsNoTracking().SingleAsync());
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
        Assert.Equal((before.ClosedAt, before.ResultId, before.SettledJson, before.Revealed), (after.ClosedAt, after.ResultId, after.SettledJson, after.Revealed));
        Assert.Equal(before.Participants.Select(p => (p.AnswersJson, p.AnsweredAt, p.Included)), after.Participants.Select(p => (p.AnswersJson, p.AnsweredAt, p.Included)));
        Assert.Null(after.Participants.Single(p => p.Number == 3).AnswersJson);
        // The closed pages offer nothing to post any more.
        Assert.Null((await dana.PageAsync()).QuerySelector("#answers-form"));
        var facilitatorPage = await facilitator.PageAsync();
        Assert.Null(facilitatorPage.QuerySelector("#close-workshop"));
        Assert.Null(facilitatorPage.QuerySelector("#reveal-answers"));
        Assert.Null(facilitatorPage.QuerySelector("form[action*='handler=settle']"));
    }

    [Fact]
    public async Task Two_closes_at_once_make_one_result_and_the_other_is_refused()
    {
        using var group = await ReadyToCloseAsync();
        var token = await group.Facilitator.FormTokenAsync();

        // Two tabs, or a double click: both posts find the workshop open.
        var closes = await Task.WhenAll(group.Facilitator.PostWithTokenAsync(token, "close"), group.Facilitator.PostWithTokenAsync(token, "close"));
        try
        {
            Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], closes.Select(c => c.StatusCode).Order());
        }
        finally
        {
            foreach (var close in closes) close.Dispose();
        }
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
        var workshop = await Factory.WithDbAsync(db => db.Workshops.SingleAsync());
        Assert.NotNull(workshop.ClosedAt);
        Assert.Equal(await Factory.WithDbAsync(db => db.Assessments.Select(a => (long?)a.Id).SingleAsync()), workshop.ResultId);
    }
}
