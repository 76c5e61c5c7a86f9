using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// A workshop behind a load balancer: two instances of the app on their own loopback ports (Kestrel, real HTTP) sharing
/// one PostgreSQL database, as in <see cref="TwoInstancesTests"/>. The facilitator and each participant has a browser
/// of their own whose cookies go to both instances, and each request may land on either. What one instance changes
/// reaches the pages and the live streams open on the other, through the database and its NOTIFY on
/// ea_workshop_changed.
/// </summary>
public sealed class WorkshopAcrossInstancesTests : IAsyncLifetime
{
    private const string Why = "two app instances sharing one database";

    private readonly AdvisorFactory _a = new();
    private AdvisorFactory? _b;
    private readonly SharedCookies _facilitator = new();
    private readonly SharedCookies _dana = new();
    private readonly SharedCookies _lee = new();
    private readonly List<HttpClient> _clients = [];

    public async ValueTask InitializeAsync()
    {
        // SQLite is one file for one instance; each test skips itself on the SQLite pass.
        if (!TestDatabase.OnPostgres) return;
        _a.Settings["RateLimits:CreatePerMinute"] = "100000";
        _a.Settings["RateLimits:LookupPerMinute"] = "100000";
        _a.UseKestrel(0);
        _a.StartServer();
        _b = _a.AnotherInstance();
        _b.Settings["Database:MigrateOnStartup"] = "false";
        _b.UseKestrel(0);
        _b.StartServer();
        Assert.NotEqual(_a.ClientOptions.BaseAddress, _b.ClientOptions.BaseAddress);
        await BothInstancesListenAsync();
    }

    [Fact]
    public async Task Participants_who_join_and_answer_through_one_instance_appear_on_the_facilitators_page_and_stream_on_the_other()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        var (facilitatorOnA, facilitatorOnB) = (On(_a, _facilitator), On(_b!, _facilitator));
        // The form comes from B and its post lands on A: B's antiforgery token and cookie are good on A.
        var facilitatorPath = await WorkshopSteps.CreateAsync(facilitatorOnB, "Acme payments platform", postTo: facilitatorOnA);
        // The redirect's first view lands on B: the "keep this link" note, carried from A by TempData's cookie, shows there.
        using (var first = await facilitatorOnB.GetAsync(new Uri(facilitatorPath, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.NotNull((await HtmlForms.ParseAsync(first)).QuerySelector("#facilitator-link"));
        }
        var code = await WorkshopSteps.InviteCodeAsync(facilitatorOnA, facilitatorPath);
        await using var facilitatorStream = await LiveEvents.OpenAsync(facilitatorOnA, facilitatorPath + "/events");
        Assert.True(await facilitatorStream.HearsAsync("ready"), "the facilitator's stream on A never said it was live");

        // Dana's join form comes from A and is posted to B; her answers are saved on B.
        var (danaOnA, danaOnB) = (On(_a, _dana), On(_b!, _dana));
        var dana = await WorkshopSteps.JoinAsync(danaOnA, code, "Dana", postTo: danaOnB);
        Assert.True(await facilitatorStream.HearsAsync("changed"), "the facilitator's stream on A did not hear Dana join on B");
        using (var saved = await WorkshopSteps.AnswerAsync(danaOnB, dana, WorkshopSteps.OutsourcingAnswers()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.True(await facilitatorStream.HearsAsync("changed"), "the facilitator's stream on A did not hear Dana's answers saved on B");

        // Lee types the code as read out in the room (lower case, with the dash) into B's form, and answers on B.
        var leeOnB = On(_b!, _lee);
        using (var typed = await leeOnB.GetAsync(new Uri("/w/join?code=" + Uri.EscapeDataString(code[..4].ToLowerInvariant() + "-" + code[4..].ToLowerInvariant()), UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
            Assert.Equal("/w/join/" + code, typed.Headers.Location!.OriginalString);
        }
        var lee = await WorkshopSteps.JoinAsync(leeOnB, code, "Lee");
        Assert.True(await facilitatorStream.HearsAsync("changed"), "the facilitator's stream on A did not hear Lee join on B");
        using (var saved = await WorkshopSteps.AnswerAsync(leeOnB, lee, WorkshopSteps.InHouseAnswers()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.True(await facilitatorStream.HearsAsync("changed"), "the facilitator's stream on A did not hear Lee's answers saved on B");

        // Reloading on A (what the page does on "changed") shows both, their answers, and where they disagree.
        using var page = await facilitatorOnA.GetAsync(new Uri(facilitatorPath, UriKind.Relative));
        var document = await HtmlForms.ParseAsync(page);
        Assert.Equal("2 joined, 2 answered, 2 counted in the group's result.", document.QuerySelector("#answered-summary")!.TextContent.Trim());
        Assert.Contains("Dana", document.QuerySelector("#participant-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lee", document.QuerySelector("#participant-2")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("not answered yet", document.QuerySelector("#participants")!.TextContent, StringComparison.Ordinal);
        // Each spread names who gave which answer: both people's answers reached A.
        var control = document.QuerySelector("#q-control")!.TextContent;
        Assert.Contains("Dana", control, StringComparison.Ordinal);
        Assert.Contains("Lee", control, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("#way-answers"));
        Assert.NotNull(document.QuerySelector("#way-mean"));
    }

    [Fact]
    public async Task A_participants_stream_on_one_instance_hears_the_facilitator_reveal_and_hide_the_answers_on_the_other()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        var facilitatorOnA = On(_a, _facilitator);
        var facilitatorPath = await WorkshopSteps.CreateAsync(facilitatorOnA, "Reveal across instances");
        var code = await WorkshopSteps.InviteCodeAsync(facilitatorOnA, facilitatorPath);
        var (danaOnB, leeOnB) = (On(_b!, _dana), On(_b!, _lee));
        var dana = await WorkshopSteps.JoinAsync(danaOnB, code, "Dana");
        var lee = await WorkshopSteps.JoinAsync(leeOnB, code, "Lee");
        using (var saved = await WorkshopSteps.AnswerAsync(danaOnB, dana, WorkshopSteps.OutsourcingAnswers())) Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var saved = await WorkshopSteps.AnswerAsync(leeOnB, lee, WorkshopSteps.InHouseAnswers())) Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("Lee", await EveryoneAsync(danaOnB, dana), StringComparison.Ordinal);

        await using var danaStream = await LiveEvents.OpenAsync(danaOnB, dana + "/events");
        Assert.True(await danaStream.HearsAsync("ready"), "Dana's stream on B never said it was live");
        using (var revealed = await WorkshopSteps.SubmitAsync(facilitatorOnA, facilitatorOnA, facilitatorPath, "#reveal form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, revealed.StatusCode);
        }
        Assert.True(await danaStream.HearsAsync("changed"), "Dana's stream on B did not hear the reveal made on A");
        Assert.Contains("Lee", await EveryoneAsync(danaOnB, dana), StringComparison.Ordinal);

        using (var hidden = await WorkshopSteps.SubmitAsync(facilitatorOnA, facilitatorOnA, facilitatorPath, "#reveal form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        }
        Assert.True(await danaStream.HearsAsync("changed"), "Dana's stream on B did not hear the answers hidden again on A");
        Assert.DoesNotContain("Lee", await EveryoneAsync(danaOnB, dana), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_through_one_instance_makes_one_result_that_the_other_serves()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        var (facilitatorOnA, facilitatorOnB) = (On(_a, _facilitator), On(_b!, _facilitator));
        var facilitatorPath = await WorkshopSteps.CreateAsync(facilitatorOnA, "Close across instances");
        var code = await WorkshopSteps.InviteCodeAsync(facilitatorOnA, facilitatorPath);
        var (danaOnA, danaOnB) = (On(_a, _dana), On(_b!, _dana));
        var leeOnB = On(_b!, _lee);
        var dana = await WorkshopSteps.JoinAsync(danaOnB, code, "Dana");
        var lee = await WorkshopSteps.JoinAsync(leeOnB, code, "Lee");
        using (var saved = await WorkshopSteps.AnswerAsync(danaOnB, dana, WorkshopSteps.OutsourcingAnswers())) Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var saved = await WorkshopSteps.AnswerAsync(leeOnB, lee, WorkshopSteps.InHouseAnswers())) Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var facilitatorStream = await LiveEvents.OpenAsync(facilitatorOnA, facilitatorPath + "/events");
        Assert.True(await facilitatorStream.HearsAsync("ready"), "the facilitator's stream on A never said it was live");
        await using var danaStream = await LiveEvents.OpenAsync(danaOnA, dana + "/events");
        Assert.True(await danaStream.HearsAsync("ready"), "Dana's stream on A never said it was live");

        // Dana keeps her page open on A while the workshop closes.
        using var danaBefore = await danaOnA.GetAsync(new Uri(dana, UriKind.Relative));
        var danaForm = (await HtmlForms.ParseAsync(danaBefore)).QuerySelector("#answers-form")!;
        var storedBefore = await _a.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.AnswersJson).ToListAsync());

        // The facilitator's page was rendered by A; the close button's post lands on B.
        using var page = await facilitatorOnA.GetAsync(new Uri(facilitatorPath, UriKind.Relative));
        var closeForm = (await HtmlForms.ParseAsync(page)).QuerySelector("#close form")!;
        using (var closed = await WorkshopSteps.PostAsync(facilitatorOnB, closeForm, new Dictionary<string, string>(), facilitatorPath))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
            Assert.Equal(facilitatorPath + "#closed", closed.Headers.Location!.OriginalString);
        }
        Assert.True(await facilitatorStream.HearsAsync("changed"), "the facilitator's stream on A did not hear the workshop closed on B");
        Assert.True(await danaStream.HearsAsync("changed"), "Dana's stream on A did not hear the workshop closed on B");

        // The same stale page's close, posted again (to A this time), is refused and makes no second result.
        using (var again = await WorkshopSteps.PostAsync(facilitatorOnA, closeForm, new Dictionary<string, string>(), facilitatorPath))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        Assert.Equal(1, await _a.WithDbAsync(db => db.Assessments.CountAsync()));
        Assert.Equal(1, await _a.WithDbAsync(db => db.Assessments.CountAsync(a => a.WorkshopJson != null)));

        // A shows the facilitator the result's link, and serves the result with the group in it.
        using var closedPage = await facilitatorOnA.GetAsync(new Uri(facilitatorPath, UriKind.Relative));
        var resultLink = (await HtmlForms.ParseAsync(closedPage)).QuerySelector("#closed a#result-link")!.GetAttribute("href")!;
        using var result = await facilitatorOnA.GetAsync(new Uri(new Uri(resultLink).AbsolutePath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        var resultDocument = await HtmlForms.ParseAsync(result);
        // The result is prepared for the workshop: its title is the result's label.
        Assert.Contains("prepared for Close across instances", resultDocument.Body!.TextContent, StringComparison.Ordinal);
        var people = resultDocument.QuerySelector("#group-people")!.TextContent;
        Assert.Contains("Dana", people, StringComparison.Ordinal);
        Assert.Contains("Lee", people, StringComparison.Ordinal);

        // Dana, on A, sees the workshop closed with the same result; her late change is refused and stores nothing.
        using var danaPage = await danaOnA.GetAsync(new Uri(dana, UriKind.Relative));
        var danaDocument = await HtmlForms.ParseAsync(danaPage);
        Assert.NotNull(danaDocument.QuerySelector("#closed"));
        Assert.Equal(new Uri(resultLink).AbsolutePath, new Uri(danaDocument.QuerySelector("#result-link")!.GetAttribute("href")!).AbsolutePath);
        using (var late = await WorkshopSteps.PostAsync(danaOnA, danaForm, WorkshopSteps.InHouseAnswers(), dana))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        Assert.Equal(storedBefore, await _a.WithDbAsync(db => db.WorkshopParticipants.Select(p => p.AnswersJson).ToListAsync()));
    }

    [Fact]
    public async Task A_workshop_deleted_through_one_instance_is_gone_from_the_other_with_its_result_and_its_streams_there_hear_it()
    {
        TestDatabase.SkipUnlessPostgres(Why);
        var (facilitatorOnA, facilitatorOnB) = (On(_a, _facilitator), On(_b!, _facilitator));
        var facilitatorPath = await WorkshopSteps.CreateAsync(facilitatorOnB, "Delete across instances");
        var code = await WorkshopSteps.InviteCodeAsync(facilitatorOnB, facilitatorPath);
        var danaOnA = On(_a, _dana);
        var dana = await WorkshopSteps.JoinAsync(danaOnA, code, "Dana");
        using (var saved = await WorkshopSteps.AnswerAsync(danaOnA, dana, WorkshopSteps.OutsourcingAnswers())) Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using (var closed = await WorkshopSteps.SubmitAsync(facilitatorOnB, facilitatorOnB, facilitatorPath, "#close form", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }
        string resultPath;
        using (var closedPage = await facilitatorOnB.GetAsync(new Uri(facilitatorPath, UriKind.Relative)))
        {
            resultPath = new Uri((await HtmlForms.ParseAsync(closedPage)).QuerySelector("#result-link")!.GetAttribute("href")!).AbsolutePath;
        }
        // A renders the result and keeps it in its output cache (Dana opened the link twice).
        for (var i = 0; i < 2; i++)
        {
            using var view = await danaOnA.GetAsync(new Uri(resultPath, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        }
        await using var danaStream = await LiveEvents.OpenAsync(danaOnA, dana + "/events");
        Assert.True(await danaStream.HearsAsync("ready"), "Dana's stream on A never said it was live");

        using (var deleted = await WorkshopSteps.SubmitAsync(facilitatorOnA, facilitatorOnB, facilitatorPath, "#delete form", new Dictionary<string, string> { ["confirm"] = "yes" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
            Assert.Equal("/workshops/deleted", deleted.Headers.Location!.OriginalString);
        }
        Assert.True(await danaStream.HearsAsync("changed"), "Dana's stream on A did not hear the workshop deleted on B");

        // The result it was closed into goes too, and A stops serving its cached copy (ResultChanges' NOTIFY).
        var deadline = DateTime.UtcNow + LiveEvents.Patience;
        var status = HttpStatusCode.OK;
        while (DateTime.UtcNow < deadline)
        {
            using var view = await danaOnA.GetAsync(new Uri(resultPath, UriKind.Relative));
            status = view.StatusCode;
            if (status == HttpStatusCode.Gone) break;
            await Task.Delay(50);
        }
        Assert.Equal(HttpStatusCode.Gone, status);

        // On A, the facilitator's link, its stream and the invite say the workshop was deleted.
        foreach (var path in new[] { facilitatorPath, facilitatorPath + "/events", "/w/join/" + code })
        {
            using var response = await danaOnA.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(HttpStatusCode.Gone == response.StatusCode, $"{path[..8]}… answered {(int)response.StatusCode} on A after the delete on B");
        }
        // Dana's page, reloaded on A as the stream's "changed" makes it, no longer shows her answers, nor does a new
        // stream open. Her row is kept, emptied of her name and answers, so her link says the workshop was deleted (410).
        Assert.Equal(0, await _a.WithDbAsync(db => db.WorkshopParticipants.CountAsync(p => p.Name != null || p.AnswersJson != null)));
        foreach (var path in new[] { dana, dana + "/events" })
        {
            using var response = await danaOnA.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Gone, $"{path[..8]}… answered {(int)response.StatusCode} on A after the delete on B");
        }
    }

    /// <summary>The text of a participant's "Everyone's answers" section.</summary>
    private static async Task<string> EveryoneAsync(HttpClient client, string participantPath)
    {
        using var page = await client.GetAsync(new Uri(participantPath, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return (await HtmlForms.ParseAsync(page)).QuerySelector("#everyone")!.TextContent;
    }

    /// <summary>A client for one person's browser to one instance; disposed with the test.</summary>
    private HttpClient On(AdvisorFactory instance, SharedCookies browser)
    {
        var client = browser.ClientFor(instance.ClientOptions.BaseAddress);
        _clients.Add(client);
        return client;
    }

    /// <summary>
    /// Waits until both instances' change listeners have run LISTEN. The listener starts in the background with the
    /// host; a NOTIFY sent before it listens is lost by design (the page still changes on reload), and on a slow
    /// machine a test's first change could come before that. A deployed instance is up long before its first workshop.
    /// </summary>
    private async Task BothInstancesListenAsync()
    {
        await using var connection = new NpgsqlConnection(_a.ConnectionString);
        await connection.OpenAsync();
        var deadline = DateTime.UtcNow + LiveEvents.Patience;
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN %' AND state = 'idle'", connection);
            if ((long)(await command.ExecuteScalarAsync())! >= 2) return;
            Assert.True(DateTime.UtcNow < deadline, "the two instances' change listeners did not start listening");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients) client.Dispose();
        if (_b is not null) await _b.DisposeAsync();
        await _a.DisposeAsync();
    }
}
