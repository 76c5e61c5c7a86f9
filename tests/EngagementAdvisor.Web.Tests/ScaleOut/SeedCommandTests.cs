using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// <c>dotnet EngagementAdvisor.Web.dll seed &lt;count&gt; [tokens-file]</c> fills the database with varied, real
/// results for benchmarks (issue 21), on the pass's provider; each opens through the app like any other.
/// </summary>
public sealed class SeedCommandTests
{
    [Fact]
    public async Task Seeding_stores_varied_results_that_open_like_any_other()
    {
        await using var database = new TestDatabase();
        var tokensFile = Path.Combine(Path.GetTempPath(), $"ea-seed-{Guid.NewGuid():N}.txt");
        try
        {
            var run = await Processes.RunAppAsync(["seed", "2500", tokensFile], new Dictionary<string, string>
            {
                ["Database__Provider"] = TestDatabase.Provider.ToString(), ["ConnectionStrings__Default"] = database.ConnectionString,
            });
            Assert.True(run.ExitCode == 0, run.Output);

            var tokens = await File.ReadAllLinesAsync(tokensFile);
            Assert.Equal(2500, tokens.Length);
            Assert.Equal(2500, tokens.Distinct(StringComparer.Ordinal).Count());
            await using var app = AdvisorFactory.On(database);
            Assert.Equal(2500, await app.WithDbAsync(db => db.Assessments.CountAsync()));
            // Varied: more than one recommendation among them, as real answers give.
            Assert.True(await app.WithDbAsync(db => db.Assessments.Select(a => a.RecommendedModel).Distinct().CountAsync()) >= 2);
            using var client = app.CreateClient();
            foreach (var token in new[] { tokens[0], tokens[1234], tokens[^1] })
            {
                using var page = await client.GetAsync(new Uri("/r/" + token, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                using var api = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            }
        }
        finally
        {
            File.Delete(tokensFile);
        }
    }
}
