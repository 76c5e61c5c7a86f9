using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Deleting a workshop deletes everyone's names and answers and the result it was closed into; every link it had
/// then says it was deleted (410), to look at, to post to and to listen on, a participant's own link included.
/// </summary>
public sealed class DeletingWorkshopTests : AppTest
{
    [Fact]
    public async Task Deleting_a_closed_workshop_answers_410_on_every_link_and_removes_the_participants_answers_and_the_result()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory, "Acme payments platform", "CTO, CFO");
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana", "1");
        using var eli = await Participant.JoinAsync(Factory, invite, "Eli", "2");
        await dana.AnswerAndCheckAsync(Stakeholders.Cto());
        await eli.AnswerAndCheckAsync(Stakeholders.Cfo());
        // Dana's form as it was in her browser while the workshop was open.
        var danasToken = (await dana.PageAsync()).QuerySelector<IHtmlInputElement>("#answers-form input[name=__RequestVerificationToken]")!.Value;
        using (var closed = await facilitator.CloseAsync()) Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var resultPath = new Uri((await facilitator.PageAsync()).QuerySelector<IHtmlAnchorElement>("#result-link")!.Href).AbsolutePath;
        // Seen once before the delete, so the result page is in the app's cache: deleting must take it out.
        using (var seen = await Factory.CreateClient().GetAsync(new Uri(resultPath, UriKind.Relative))) Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var facilitatorToken = await facilitator.FormTokenAsync();

        using var deleted = await HtmlForms.SubmitAsync(facilitator.Client, facilitator.Link, new Dictionary<string, string> { ["confirm"] = "yes" }, "#delete form");

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/workshops/deleted", deleted.Headers.Location!.OriginalString);
        using (var told = await facilitator.Client.GetAsync(deleted.Headers.Location))
        {
            Assert.Equal("You deleted the workshop", PageText.Of(await HtmlForms.ParseAsync(told), "h1"));
        }
        await AssertGoneAsync(facilitator.Client, facilitator.Link, facilitator.Link + "/events", dana.Link, eli.Link, dana.Link + "/events", invite, resultPath,
            "/api/assessments/" + resultPath["/r/".Length..]);
        // Re-opening the invite on Dana's browser (which has the cookie for her page) is no way back either.
        await AssertGoneAsync(dana.Client, invite);
        foreach (var handler in new[] { "settle", "reopen", "include", "reveal", "close", "delete" })
        {
            using var post = await facilitator.PostWithTokenAsync(facilitatorToken, handler, ("question", "budget"), ("value", "250000"), ("participant", "1"), ("include", "no"), ("reveal", "yes"));
            Assert.True(post.StatusCode == HttpStatusCode.Gone, $"{handler}: {(int)post.StatusCode}");
        }
        using (var content = new FormUrlEncodedContent(Stakeholders.Cfo().Append(new("__RequestVerificationToken", danasToken))))
        using (var answer = await dana.Client.PostAsync(new Uri(dana.Link, UriKind.Relative), content))
        {
            Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);
        }

        // Each participant's row is kept only as the fingerprint of their link (so it can say "deleted"): no name,
        // role, answers or time of answering is left.
        var participants = await Factory.WithDbAsync(db => db.WorkshopParticipants.ToListAsync());
        Assert.Equal(2, participants.Count);
        Assert.All(participants, p => Assert.Equal((null, null, null, null), (p.Name, p.Role, p.AnswersJson, p.AnsweredAt)));
        var workshop = await Factory.WithDbAsync(db => db.Workshops.SingleAsync());
        Assert.All(participants, p => Assert.Equal(workshop.DeletedAt, p.JoinedAt));
        Assert.NotNull(workshop.DeletedAt);
        Assert.Equal(("", "[]", "{}", (string?)null), (workshop.Title, workshop.RolesJson, workshop.SettledJson, workshop.ResultTokenProtected));
        var result = await Factory.WithDbAsync(db => db.Assessments.SingleAsync());
        Assert.NotNull(result.DeletedAt);
        Assert.Equal(("{}", "{}", (string?)null), (result.AnswersJson, result.ResultJson, result.WorkshopJson));
    }

    [Fact]
    public async Task Deleting_an_open_workshop_answers_410_on_its_links_and_its_invite_joins_nobody()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());
        using var latecomer = Factory.CreateBrowserLikeClient();
        var joinToken = (await HtmlForms.ParseAsync(await latecomer.GetAsync(new Uri(invite, UriKind.Relative))))
            .QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using (var deleted = await facilitator.DeleteAsync()) Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", joinToken), new("name", "Eli")]);
        using var join = await latecomer.PostAsync(new Uri(invite, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Gone, join.StatusCode);
        await AssertGoneAsync(facilitator.Client, facilitator.Link, dana.Link, dana.Link + "/events", invite);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.WorkshopParticipants.CountAsync()));
        Assert.Null(await Factory.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.Name ?? p.AnswersJson).SingleAsync()));
        Assert.Equal(0, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Deleting_needs_the_box_ticked_and_without_it_nothing_is_deleted()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var dana = await Participant.JoinAsync(Factory, invite, "Dana");
        await dana.AnswerAndCheckAsync(Stakeholders.Cfo());

        foreach (var confirm in new[] { null, "", "no", "on", "YES" })
        {
            using var refused = confirm is null ? await facilitator.PostAsync("delete") : await facilitator.PostAsync("delete", ("confirm", confirm));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var page = await HtmlForms.ParseAsync(refused);
            Assert.Contains("Tick the box to confirm", page.QuerySelector("#confirm-delete-error")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("true", page.QuerySelector("#confirm-delete")!.GetAttribute("aria-invalid"));
        }

        using var still = await facilitator.Client.GetAsync(new Uri(facilitator.Link, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        Assert.Equal("Dana", await Factory.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.Name).SingleAsync()));
    }

    private static async Task AssertGoneAsync(HttpClient client, params string[] paths)
    {
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{path}: {(int)response.StatusCode}");
        }
    }
}
