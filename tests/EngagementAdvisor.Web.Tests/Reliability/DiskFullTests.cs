using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.Reliability;

/// <summary>
/// The SQLite database on a disk that fills up (a real, tiny tmpfs): writes answer 503 with a clear message, reads go
/// on, nothing acknowledged is lost, and writes resume once there is room again (issue 20). Needs root to mount.
/// </summary>
public sealed class DiskFullTests
{
    private static async Task<int> RunAsync(string tool, params string[] args) => (await Processes.RunAsync(tool, args)).ExitCode;

    [Fact]
    public async Task A_full_disk_refuses_new_results_with_503_keeps_serving_and_recovers()
    {
        TestDatabase.SkipUnlessSqlite("a SQLite file on a disk that fills up");
        var disk = Directory.CreateTempSubdirectory("ea-full-").FullName;
        Assert.SkipWhen(await RunAsync("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk) != 0, "mounting a tmpfs needs root; ./test.sh runs as root in CI");
        try
        {
            await using var app = new AdvisorFactory();
            app.Settings["ConnectionStrings:Default"] = $"Data Source={Path.Combine(disk, "ea.db")}";
            app.Settings["RateLimits:CreatePerMinute"] = "100000";
            app.Settings["RateLimits:LookupPerMinute"] = "100000";
            using var client = app.CreateClient();
            var stored = new List<string>();
            HttpResponseMessage? refused = null;
            for (var i = 0; i < 3000 && refused is null; i++)
            {
                // A long label makes each result large, so the disk fills in a few hundred.
                var body = JsonSerializer.Serialize(new { control = "low", scopeStability = "stable", inHousePm = "none", durationMonths = 4, budgetUsd = 60000, note = new string('n', 1000), label = $"Fill {i}" });
                var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    stored.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
                    response.Dispose();
                }
                else
                {
                    refused = response;
                }
            }

            Assert.NotNull(refused);
            using (refused)
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused!.StatusCode);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.Contains("Nothing was stored", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                Assert.NotEmpty(refused.Headers.GetValues("Retry-After"));
            }
            Assert.NotEmpty(stored);
            // Reads go on while the disk is full.
            using (var read = await client.GetAsync(new Uri("/api/assessments/" + stored[0], UriKind.Relative))) Assert.Equal(HttpStatusCode.OK, read.StatusCode);

            // Room again: writes resume, and every result acknowledged before is still there.
            Assert.Equal(0, await RunAsync("mount", "-o", "remount,size=64m", disk));
            using (var again = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json")))
            {
                Assert.Equal(HttpStatusCode.Created, again.StatusCode);
            }
            foreach (var token in stored)
            {
                using var read = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
                Assert.True(read.StatusCode == HttpStatusCode.OK, $"{token}: {read.StatusCode}");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await RunAsync("umount", "-l", disk);
            Directory.Delete(disk, recursive: true);
        }
    }
}
