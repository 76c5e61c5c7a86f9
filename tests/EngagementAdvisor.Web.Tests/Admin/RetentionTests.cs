using System.Net;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Admin;

/// <summary>Optional retention (issue 20): off by default; when on, old results are deleted as their creators would, and admins see it.</summary>
public sealed class RetentionTests : AppTest
{
    private readonly ManualClock _clock = new();

    public RetentionTests() => Factory.Clock = _clock;

    [Fact]
    public async Task Results_older_than_the_retention_age_are_deleted_and_younger_ones_kept()
    {
        Factory.Settings["Retention:Days"] = "30";
        var old = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        _clock.Now += TimeSpan.FromDays(20);
        var young = await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        _clock.Now += TimeSpan.FromDays(11);

        var deleted = await Factory.Services.GetRequiredService<RetentionSweeper>().SweepAsync();

        Assert.Equal(1, deleted);
        using var client = Factory.CreateClient();
        using var gone = await client.GetAsync(new Uri("/api/assessments/" + old.GetProperty("token").GetString(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        using var kept = await client.GetAsync(new Uri("/api/assessments/" + young.GetProperty("token").GetString(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        var rows = await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Where(a => a.DeletedAt != null).Select(a => a.AnswersJson).ToList()));
        Assert.Equal(["{}"], rows);

        using var admin = await AdminSession.AdminAsync(Factory);
        var page = await HtmlForms.ParseAsync(await admin.GetAsync(new Uri("/admin", UriKind.Relative)));
        var text = page.QuerySelector("#retention")!.TextContent;
        Assert.Contains("older than 30 days", text, StringComparison.Ordinal);
        Assert.Contains("1 deleted", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retention_is_off_by_default_and_says_so()
    {
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);
        _clock.Now += TimeSpan.FromDays(3650);

        Assert.Equal(0, await Factory.Services.GetRequiredService<RetentionSweeper>().SweepAsync());
        Assert.Equal(0, await Factory.WithDbAsync(db => Task.FromResult(db.Assessments.Count(a => a.DeletedAt != null))));
        using var admin = await AdminSession.AdminAsync(Factory);
        var page = await HtmlForms.ParseAsync(await admin.GetAsync(new Uri("/admin", UriKind.Relative)));
        Assert.StartsWith("Off", page.QuerySelector("#retention p")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workshops_started_before_the_retention_age_are_deleted_with_their_participants()
    {
        Factory.Settings["Retention:Days"] = "30";
        var store = Factory.Services.GetRequiredService<EngagementAdvisor.Web.Features.Workshops.WorkshopStore>();
        var (oldToken, oldCode) = await store.CreateAsync("Old workshop", ["CTO"], anonymous: false, CancellationToken.None);
        var old = (await store.FindByFacilitatorAsync(oldToken, CancellationToken.None)).Workshop!;
        var dana = await store.JoinAsync(old.Id, "Dana", "CTO", CancellationToken.None);
        Assert.NotNull(dana);
        _clock.Now += TimeSpan.FromDays(20);
        var (youngToken, _) = await store.CreateAsync("Young workshop", [], anonymous: true, CancellationToken.None);
        _clock.Now += TimeSpan.FromDays(11);

        await Factory.Services.GetRequiredService<RetentionSweeper>().SweepAsync();

        using var client = Factory.CreateClient();
        using var gone = await client.GetAsync(new Uri("/w/f/" + oldToken, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        using var invite = await client.GetAsync(new Uri("/w/join/" + oldCode, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, invite.StatusCode);
        using var kept = await client.GetAsync(new Uri("/w/f/" + youngToken, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        using var hers = await client.GetAsync(new Uri("/w/p/" + dana, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, hers.StatusCode);
        // The names are what retention is for: a participant's row keeps only the fingerprint of their link, and no title survives.
        Assert.Equal([(null, null, null)], await Factory.WithDbAsync(db => Task.FromResult(
            db.WorkshopParticipants.Select(p => new { p.Name, p.Role, p.AnswersJson }).AsEnumerable().Select(p => (p.Name, p.Role, p.AnswersJson)).ToList())));
        Assert.Equal([""], await Factory.WithDbAsync(db => Task.FromResult(db.Workshops.Where(w => w.DeletedAt != null).Select(w => w.Title).ToList())));
    }
}
