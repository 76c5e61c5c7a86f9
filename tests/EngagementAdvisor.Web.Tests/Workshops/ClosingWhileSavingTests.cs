using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>
/// Saves racing the close: whoever is told "saved" is in the result, whoever is told "closed" is not. On PostgreSQL a
/// check in one statement takes no lock, so a save could otherwise land after the close had read the answers it froze.
/// </summary>
public sealed class ClosingWhileSavingTests : AppTest
{
    public ClosingWhileSavingTests()
    {
        Factory.Settings["RateLimits:CreatePerMinute"] = "100000";
        Factory.Settings["RateLimits:LookupPerMinute"] = "100000";
    }

    [Fact]
    public async Task Every_save_answered_saved_is_in_the_result_and_every_save_refused_is_not()
    {
        using var facilitator = await Facilitator.CreateAsync(Factory);
        var invite = await facilitator.InvitePathAsync();
        using var first = await Participant.JoinAsync(Factory, invite, "Dana");
        await first.AnswerAndCheckAsync(Stakeholders.Cfo());
        var racers = new List<(Participant Who, string Token)>();
        for (var i = 0; i < 12; i++)
        {
            var racer = await Participant.JoinAsync(Factory, invite, $"Racer {i}");
            racers.Add((racer, (await racer.PageAsync()).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value));
        }
        var closeToken = await facilitator.FormTokenAsync();

        var saves = racers.Select(async r =>
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", r.Token), .. Stakeholders.Cto()]);
            using var response = await r.Who.Client.PostAsync(new Uri(r.Who.Link, UriKind.Relative), content);
            return (r.Who, response.StatusCode);
        }).ToList();
        using var closed = await facilitator.PostWithTokenAsync(closeToken, "close");
        var outcomes = await Task.WhenAll(saves);

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.All(outcomes, o => Assert.True(o.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"a save answered {(int)o.StatusCode}"));
        var frozen = await Factory.WithDbAsync(db => db.Assessments.Select(a => a.WorkshopJson).SingleAsync());
        foreach (var (who, status) in outcomes)
        {
            var name = "\"" + (await Factory.WithDbAsync(db => db.WorkshopParticipants.Where(p => p.TokenHash == EngagementAdvisor.Web.Features.Assessments.ShareToken.Hash(who.Token)).Select(p => p.Name).SingleAsync())) + "\"";
            if (status == HttpStatusCode.Redirect) Assert.Contains(name, frozen!, StringComparison.Ordinal);
            else Assert.DoesNotContain(name, frozen!, StringComparison.Ordinal);
            who.Dispose();
        }
    }
}
