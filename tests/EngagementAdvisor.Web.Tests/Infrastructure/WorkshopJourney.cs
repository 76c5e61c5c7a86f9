using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Workshops;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// A whole workshop on one app, through every workshop page and answer they give: the typed-code form (well and badly
/// typed), the invite, joins (refused and accepted, and again from the same browser), answers (refused and saved), both
/// live streams, a reveal, a fact settled (refused and accepted), the close, a late answer, the result, the delete and
/// the links after it, and links that never existed. Tests that look at every response (headers) or at everything
/// logged (log redaction) run it with clients of their own; each step's status is checked on the way.
/// </summary>
public sealed record WorkshopJourney(string FacilitatorToken, string InviteCode, IReadOnlyList<string> ParticipantTokens, string ResultToken)
{
    /// <summary>Runs it; <paramref name="browser"/> makes one person's browser (a client with its own cookies, following no redirects).</summary>
    public static async Task<WorkshopJourney> RunAsync(Func<HttpClient> browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var facilitator = browser();
        using var dana = browser();
        using var lee = browser();

        var facilitatorPath = await WorkshopSteps.CreateAsync(facilitator, "Journey workshop", roles: "CTO, CFO");
        var code = await WorkshopSteps.InviteCodeAsync(facilitator, facilitatorPath);
        await using var facilitatorEvents = await LiveEvents.OpenAsync(facilitator, facilitatorPath + "/events");
        Assert.True(await facilitatorEvents.HearsAsync("ready"));

        // The typed-code form, and codes as people type them.
        await ExpectAsync(dana, "/w/join", HttpStatusCode.OK);
        await ExpectAsync(dana, "/w/join?code=" + Uri.EscapeDataString($"{code[..4].ToLowerInvariant()} {code[4..].ToLowerInvariant()}"), HttpStatusCode.Redirect);
        await ExpectAsync(dana, "/w/join?code=" + code, HttpStatusCode.OK);
        await ExpectAsync(dana, "/w/join?code=not-a-code", HttpStatusCode.BadRequest);
        await ExpectAsync(dana, "/w/join/" + Features.Workshops.InviteCode.New(), HttpStatusCode.NotFound);
        using (var nameless = await WorkshopSteps.SubmitAsync(dana, dana, "/w/join/" + code, "#join-form", new Dictionary<string, string> { ["name"] = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        }
        var danaPath = await WorkshopSteps.JoinAsync(dana, code, "Dana", role: "1");
        // The same browser opening the invite again goes back to its own page.
        await ExpectAsync(dana, "/w/join/" + code, HttpStatusCode.Redirect);
        var leePath = await WorkshopSteps.JoinAsync(lee, code, "Lee", role: "2");
        await using var danaEvents = await LiveEvents.OpenAsync(dana, danaPath + "/events");
        Assert.True(await danaEvents.HearsAsync("ready"));

        // Answers: refused, then saved, and the page after saving.
        using (var refused = await WorkshopSteps.AnswerAsync(dana, danaPath, WorkshopSteps.OutsourcingAnswers().With("durationMonths", "many")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        using (var saved = await WorkshopSteps.AnswerAsync(dana, danaPath, WorkshopSteps.OutsourcingAnswers()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            await ExpectAsync(dana, saved.Headers.Location!.OriginalString, HttpStatusCode.OK);
        }
        using (var saved = await WorkshopSteps.AnswerAsync(lee, leePath, WorkshopSteps.InHouseAnswers()))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.True(await facilitatorEvents.HearsAsync("changed"));

        // The facilitator reveals the answers and settles the duration they disagree on (once refused).
        await ExpectPostAsync(facilitator, facilitatorPath, "#reveal form", [], HttpStatusCode.Redirect);
        Assert.True(await danaEvents.HearsAsync("changed"));
        await ExpectPostAsync(facilitator, facilitatorPath, "#q-durationMonths form.settle-form", new() { ["value"] = "soon" }, HttpStatusCode.BadRequest);
        await ExpectPostAsync(facilitator, facilitatorPath, "#q-durationMonths form.settle-form", new() { ["value"] = "12" }, HttpStatusCode.Redirect);

        // Dana's page stays open while the facilitator closes the workshop; her late change is refused.
        using var danaBefore = await dana.GetAsync(new Uri(danaPath, UriKind.Relative));
        var danaForm = (await HtmlForms.ParseAsync(danaBefore)).QuerySelector("#answers-form")!;
        await ExpectPostAsync(facilitator, facilitatorPath, "#close form", [], HttpStatusCode.Redirect);
        using (var late = await WorkshopSteps.PostAsync(dana, danaForm, WorkshopSteps.InHouseAnswers(), danaPath))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }
        using var closed = await facilitator.GetAsync(new Uri(facilitatorPath, UriKind.Relative));
        var resultUrl = (await HtmlForms.ParseAsync(closed)).QuerySelector<IHtmlInputElement>("#result-url")!.Value;
        var resultPath = new Uri(resultUrl).AbsolutePath;
        await ExpectAsync(dana, resultPath, HttpStatusCode.OK);
        await ExpectAsync(lee, leePath, HttpStatusCode.OK);

        // Deleted: its links say so (a participant's too: their row is kept, emptied, so the link says 410), and so does a new stream.
        await ExpectPostAsync(facilitator, facilitatorPath, "#delete form", new() { ["confirm"] = "yes" }, HttpStatusCode.Redirect);
        await ExpectAsync(facilitator, facilitatorPath, HttpStatusCode.Gone);
        await ExpectAsync(facilitator, facilitatorPath + "/events", HttpStatusCode.Gone);
        await ExpectAsync(lee, "/w/join/" + code, HttpStatusCode.Gone);
        await ExpectAsync(lee, leePath, HttpStatusCode.Gone);
        await ExpectAsync(dana, resultPath, HttpStatusCode.Gone);

        // Links that never existed.
        foreach (var path in new[] { "/w/f/" + ShareToken.New(), "/w/p/" + ShareToken.New(), "/w/f/" + ShareToken.New() + "/events", "/w/p/" + ShareToken.New() + "/events" })
        {
            await ExpectAsync(lee, path, HttpStatusCode.NotFound);
        }

        return new WorkshopJourney(facilitatorPath["/w/f/".Length..], code, [danaPath["/w/p/".Length..], leePath["/w/p/".Length..]], resultPath["/r/".Length..]);
    }

    private static async Task ExpectAsync(HttpClient client, string path, HttpStatusCode expected)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.True(expected == response.StatusCode, $"GET {path[..Math.Min(path.Length, 12)]}… answered {(int)response.StatusCode}, not {(int)expected}");
    }

    private static async Task ExpectPostAsync(HttpClient client, string pagePath, string formSelector, Dictionary<string, string> fields, HttpStatusCode expected)
    {
        using var response = await WorkshopSteps.SubmitAsync(client, client, pagePath, formSelector, fields);
        Assert.True(expected == response.StatusCode, $"{formSelector} answered {(int)response.StatusCode}, not {(int)expected}");
    }
}
