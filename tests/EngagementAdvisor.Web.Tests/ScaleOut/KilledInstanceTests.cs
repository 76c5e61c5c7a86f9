using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// Two instances as deployed (their own processes) on one PostgreSQL, both under load; one is killed with SIGKILL:
/// the other carries on without an error, and every result either acknowledged with 201 is there (issue 20).
/// </summary>
public sealed class KilledInstanceTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Process Start(string connectionString, int port, bool migrate)
    {
        var start = Processes.StartInfo("dotnet", [Processes.AppDll], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Default"] = connectionString,
            ["Database__MigrateOnStartup"] = migrate ? "true" : "false",
            ["RateLimits__CreatePerMinute"] = "1000000",
            ["RateLimits__LookupPerMinute"] = "1000000",
            ["Serilog__MinimumLevel__Default"] = "Warning",
        });
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // Drain the output so a chatty process never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient client)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the instance did not become healthy within 60 seconds");
    }

    [Fact]
    public async Task One_instance_killed_under_load_leaves_the_other_serving_and_nothing_acknowledged_lost()
    {
        TestDatabase.SkipUnlessPostgres("two instances as processes on one database");
        await using var database = new TestDatabase();
        int portA = FreePort(), portB = FreePort();
        using var a = Start(database.ConnectionString, portA, migrate: true);
        using var toA = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portA}"), Timeout = TimeSpan.FromSeconds(30) };
        using var toB = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{portB}"), Timeout = TimeSpan.FromSeconds(30) };
        Process? b = null;
        try
        {
            await WaitHealthyAsync(toA);
            b = Start(database.ConnectionString, portB, migrate: false);
            await WaitHealthyAsync(toB);

            var acknowledged = new ConcurrentBag<string>();
            var fromB = new ConcurrentBag<HttpStatusCode>();
            using var stop = new CancellationTokenSource();
            async Task LoadAsync(HttpClient client, bool survivor)
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var content = new StringContent(FormAnswers.OutsourcingCaseJson, Encoding.UTF8, "application/json");
                        using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
                        if (survivor) fromB.Add(response.StatusCode);
                        if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!);
                    }
                    catch (HttpRequestException) when (!survivor)
                    {
                        // The killed instance: its connections drop. Nothing it did not acknowledge is promised.
                        await Task.Delay(50);
                    }
                }
            }
            var load = Enumerable.Range(0, 4).Select(_ => Task.Run(() => LoadAsync(toA, survivor: false)))
                .Concat(Enumerable.Range(0, 4).Select(_ => Task.Run(() => LoadAsync(toB, survivor: true)))).ToList();
            await Task.Delay(TimeSpan.FromSeconds(3));
            a.Kill(entireProcessTree: true); // SIGKILL
            await a.WaitForExitAsync();
            await Task.Delay(TimeSpan.FromSeconds(3));
            await stop.CancelAsync();
            await Task.WhenAll(load);

            Assert.NotEmpty(fromB);
            Assert.All(fromB, status => Assert.Equal(HttpStatusCode.Created, status));
            foreach (var token in acknowledged)
            {
                using var read = await toB.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
                Assert.True(read.StatusCode == HttpStatusCode.OK, $"{token}: {read.StatusCode}");
            }
        }
        finally
        {
            if (!a.HasExited) a.Kill(entireProcessTree: true);
            if (b is { HasExited: false }) b.Kill(entireProcessTree: true);
            b?.Dispose();
        }
    }
}
