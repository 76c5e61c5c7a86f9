using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Results;

/// <summary>Rendered result pages are kept in memory; these prove what must never come out of that cache.</summary>
public sealed class ResultPageCacheTests : AppTest
{
    [Fact]
    public async Task A_colleague_opening_the_link_first_does_not_cost_the_creator_the_manage_link()
    {
        using var creator = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(creator, "/assess", FormAnswers.OutsourcingCase());
        var link = new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative);

        // The colleague's views render the page and then serve it from the cache.
        using var colleague = Factory.CreateBrowserLikeClient();
        for (var i = 0; i < 2; i++)
        {
            var seen = await HtmlForms.ParseAsync(await colleague.GetAsync(link));
            Assert.Null(seen.QuerySelector("#manage-url"));
        }

        var first = await HtmlForms.ParseAsync(await creator.GetAsync(link));
        Assert.NotNull(first.QuerySelector("#manage-url"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_result_page_is_served_from_memory_unless_the_cache_is_switched_off(bool enabled)
    {
        Factory.Settings["ResultPageCache:Enabled"] = enabled ? "true" : "false";
        using var client = Factory.CreateBrowserLikeClient();
        using var posted = await HtmlForms.SubmitAsync(client, "/assess", FormAnswers.OutsourcingCase());
        var link = new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative);
        await client.GetAsync(link);           // the creator's view: never cached
        var before = await (await client.GetAsync(link)).Content.ReadAsStringAsync();

        // Behind the app's back (stored results never change through the app), so only a cached copy hides it.
        await Factory.WithDbAsync(db => db.Assessments.ExecuteUpdateAsync(s => s.SetProperty(a => a.AnswersJson, "{\"control\":\"low\",\"scopeStability\":\"stable\",\"inHousePm\":\"none\",\"durationMonths\":4,\"budgetUsd\":60000,\"label\":\"Changed in the database\"}")));
        var after = await (await client.GetAsync(link)).Content.ReadAsStringAsync();

        Assert.Contains("Acme Corp", before, StringComparison.Ordinal);
        Assert.Equal(enabled, after.Contains("Acme Corp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_result_s_API_document_is_read_from_the_database_every_time_whether_or_not_pages_are_cached(bool enabled)
    {
        Factory.Settings["ResultPageCache:Enabled"] = enabled ? "true" : "false";
        var body = await CreateAssessmentAsync("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""");
        var document = new Uri("/api/assessments/" + body.GetProperty("token").GetString(), UriKind.Relative);
        using var client = Factory.CreateClient();
        var before = await client.GetStringAsync(document);

        // Behind the app's back (stored results never change through the app): a cached copy would hide it.
        await Factory.WithDbAsync(db => db.Assessments.ExecuteUpdateAsync(s => s.SetProperty(a => a.AnswersJson, "{\"control\":\"low\",\"scopeStability\":\"stable\",\"inHousePm\":\"none\",\"durationMonths\":99,\"budgetUsd\":60000}")));
        var after = await client.GetStringAsync(document);

        Assert.Contains("\"durationMonths\":4", before, StringComparison.Ordinal);
        Assert.Contains("\"durationMonths\":99", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_popular_link_served_from_memory_does_not_use_up_the_look_up_limit_but_guesses_still_do()
    {
        Factory.Settings["RateLimits:LookupPerMinute"] = "3";
        var body = await CreateAssessmentAsync("""{"control":"low","scopeStability":"stable","inHousePm":"none","durationMonths":4,"budgetUsd":60000}""");
        var link = new Uri("/r/" + body.GetProperty("token").GetString(), UriKind.Relative);
        using var client = Factory.CreateBrowserLikeClient();

        // The first view renders (and counts); the next ones come from the cache.
        for (var i = 0; i < 6; i++) Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);

        var guesses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i < 3; i++) guesses.Add((await client.GetAsync(new Uri($"/r/{new string('C', 42)}{(char)('A' + i)}", UriKind.Relative))).StatusCode);
        Assert.Equal([System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.TooManyRequests], guesses);
    }
}
