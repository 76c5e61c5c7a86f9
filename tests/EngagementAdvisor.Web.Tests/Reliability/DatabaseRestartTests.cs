using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Reliability;

/// <summary>
/// PostgreSQL restarted while results are being created (issue 20): every request answers 201 or a clear 503, never a
/// 500; the app recovers by itself; every result acknowledged with 201 is there afterwards. Runs alone in ./test.sh,
/// which hands it the command that restarts its private cluster (EA_TEST_PG_RESTART).
/// </summary>
[Trait("Category", "DatabaseRestart")]
public sealed class DatabaseRestartTests : AppTest
{
    [Fact]
    public async Task Results_created_while_postgres_restarts_get_201_or_503_and_every_201_survives()
    {
        TestDatabase.SkipUnlessPostgres("restarting PostgreSQL");
        var restart = Environment.GetEnvironmentVariable("EA_TEST_PG_RESTART");
        Assert.SkipWhen(string.IsNullOrWhiteSpace(restart), "EA_TEST_PG_RESTART (set by ./test.sh) names the command that restarts the cluster");
        Factory.Settings["RateLimits:CreatePerMinute"] = "1000000";
        Factory.Settings["RateLimits:LookupPerMinute"] = "1000000";
        using var client = Factory.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(100);
        await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson);

        var statuses = new ConcurrentBag<HttpStatusCode>();
        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        async Task LoadAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                using var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Assert.Contains("Nothing was stored", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                    await Task.Delay(100);
                }
            }
        }
        var load = Enumerable.Range(0, 8).Select(_ => Task.Run(LoadAsync)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));

        var restarted = await Processes.RunAsync("bash", ["-c", restart!]);
        Assert.True(restarted.ExitCode == 0, restarted.Output);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        // Only acknowledgements and clear refusals, never an unexplained failure.
        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable, $"got {status}"));
        // The app is back without a restart of its own, and lost nothing it acknowledged.
        using (var after = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.Created, after.StatusCode);
        }
        Assert.NotEmpty(acknowledged);
        foreach (var token in acknowledged)
        {
            using var read = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"{token}: {read.StatusCode}");
        }
    }
}
