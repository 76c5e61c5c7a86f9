using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Web.Data.Entities;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Infrastructure;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// Issue 21, point 3: results are stored as ids and figures, and those stored with their words before are converted
/// (<see cref="ProseMigration"/>) without a single figure or word changing on their page or in the API, on the
/// pass's provider; a wording that changed since a result was stored is kept with it.
/// </summary>
public sealed partial class ProseMigrationTests : AppTest
{
    private static readonly string[] Bodies =
    [
        """{"control":"high","scopeStability":"evolving","inHousePm":"none","durationMonths":12,"budgetUsd":300000,"teamSize":4}""",
        """{"control":"low","scopeStability":"volatile","inHousePm":"strong","durationMonths":36,"budgetUsd":2000000,"teamSize":8,"startUrgency":"flexible","dataSensitivity":"high","nicheExpertise":true}""",
        """{"control":"medium","scopeStability":"stable","inHousePm":"partial","durationMonths":6,"budgetUsd":50000}""",
        """{"control":"high","scopeStability":"volatile","inHousePm":"strong","durationMonths":9,"budgetUsd":400000,"teamSize":2,"startUrgency":"asap","label":"Pair"}""",
    ];

    [Fact]
    public async Task Results_stored_with_their_words_are_converted_to_ids_and_read_the_same_word_for_word()
    {
        Factory.Settings["ResultPageCache:Enabled"] = "false";   // every page below is rendered from the database
        var tokens = new List<string>();
        foreach (var body in Bodies) tokens.Add((await CreateAssessmentAsync(body)).GetProperty("token").GetString()!);
        using var client = Factory.CreateClient();

        // New results hold no words: not one reason, tension or label of the advice is in the row.
        var fresh = await Factory.WithDbAsync(db => db.Assessments.AsNoTracking().ToListAsync());
        Assert.All(fresh, row => Assert.Equal(AdviceForm.IdsAndFigures, row.AdviceForm));
        Assert.All(fresh, row => Assert.DoesNotContain("\"text\"", row.ResultJson, StringComparison.Ordinal));
        var idsOnly = fresh.ToDictionary(row => row.Id, row => row.ResultJson.Length);

        // Turn them into rows as stored before issue 21: the whole advice in words; one with a reason worded differently then.
        var store = Factory.Services.GetRequiredService<AssessmentStore>();
        foreach (var token in tokens)
        {
            var advice = (await store.LookUpAsync(token, TestContext.Current.CancellationToken)).Stored!.Advice;
            if (token == tokens[0])
            {
                var reasons = advice.Recommendation.ReasonsFor;
                advice = advice with { Recommendation = advice.Recommendation with { ReasonsFor = [reasons[0] with { Text = "An older wording of this reason." }, .. reasons.Skip(1)] } };
            }
            await StoreWithWordsAsync(token, advice);
        }
        var withProse = await Factory.WithDbAsync(db => db.Assessments.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.ResultJson.Length));
        var before = new List<(string Api, string Page)>();
        foreach (var token in tokens) before.Add(await ReadAsync(client, token));
        Assert.Contains("An older wording of this reason.", before[0].Page, StringComparison.Ordinal);

        var converted = await Factory.Services.GetRequiredService<ProseMigration>().RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(tokens.Count, converted);
        var after = await Factory.WithDbAsync(db => db.Assessments.AsNoTracking().ToListAsync());
        Assert.All(after, row => Assert.Equal(AdviceForm.IdsAndFigures, row.AdviceForm));
        for (var i = 0; i < tokens.Count; i++)
        {
            var (api, page) = await ReadAsync(client, tokens[i]);
            Assert.Equal(before[i].Api, api);
            Assert.Equal(before[i].Page, page);
        }
        // The differently worded reason is kept in its row; everything else went, back to what new results store.
        var first = after.Single(row => row.TokenHash.SequenceEqual(ShareToken.Hash(tokens[0])));
        Assert.Contains("An older wording of this reason.", first.ResultJson, StringComparison.Ordinal);
        Assert.All(after.Where(row => row.Id != first.Id), row => Assert.Equal(idsOnly[row.Id], row.ResultJson.Length));
        // What is left is figures (issue 21 measured 7.3 KB with words, 4.1 KB without, docs/performance.md).
        Assert.All(after.Where(row => row.Id != first.Id), row => Assert.True(row.ResultJson.Length < withProse[row.Id] * 0.7, $"{row.ResultJson.Length} of {withProse[row.Id]}"));
        // Nothing left to do: a second run (another instance, the next start-up) converts nothing.
        Assert.Equal(0, await Factory.Services.GetRequiredService<ProseMigration>().RunAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_result_deleted_before_it_is_converted_stays_deleted()
    {
        var created = await CreateAssessmentAsync(Bodies[0]);
        var token = created.GetProperty("token").GetString()!;
        var hash = ShareToken.Hash(token);
        var store = Factory.Services.GetRequiredService<AssessmentStore>();
        await StoreWithWordsAsync(token, (await store.LookUpAsync(token, TestContext.Current.CancellationToken)).Stored!.Advice);
        var manageToken = new Uri(created.GetProperty("manageUrl").GetString()!).Segments[^1];
        Assert.True(await store.DeleteAsync(token, manageToken, DateTime.UtcNow, TestContext.Current.CancellationToken));

        Assert.Equal(0, await Factory.Services.GetRequiredService<ProseMigration>().RunAsync(TestContext.Current.CancellationToken));

        var row = await Factory.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.TokenHash == hash));
        Assert.Equal("{}", row.ResultJson);
        Assert.Equal(AdviceForm.IdsAndFigures, row.AdviceForm);
        using var client = Factory.CreateClient();
        using var gone = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
    }

    /// <summary>Writes the result's row as results were stored before issue 21: the whole advice, in words.</summary>
    private Task<int> StoreWithWordsAsync(string token, Advice advice)
    {
        var hash = ShareToken.Hash(token);
        var json = JsonSerializer.Serialize(advice, AdvisorJson.Options);
        return Factory.WithDbAsync(db => db.Assessments.Where(a => a.TokenHash == hash)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ResultJson, json).SetProperty(a => a.AdviceForm, AdviceForm.WithProse)));
    }

    /// <summary>The API's body and the page's main content (less what differs per request: nonces and form tokens).</summary>
    private static async Task<(string Api, string Page)> ReadAsync(HttpClient client, string token)
    {
        var api = await client.GetStringAsync(new Uri("/api/assessments/" + token, UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await client.GetStringAsync(new Uri("/r/" + token, UriKind.Relative), TestContext.Current.CancellationToken);
        var main = page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
        return (api, PerRequest().Replace(main, ""));
    }

    [GeneratedRegex("""(nonce|value)="[^"]*"|__RequestVerificationToken""")]
    private static partial Regex PerRequest();
}
