using System.Net;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// Migrations as a deploy step: <c>dotnet EngagementAdvisor.Web.dll migrate</c> prepares the database and exits, and the
/// app then starts on it with Database:MigrateOnStartup=false. Runs on the pass's provider (SQLite or PostgreSQL).
/// </summary>
public sealed class MigrateCommandTests
{
    [Fact]
    public async Task The_migrate_command_prepares_the_database_and_exits_then_instances_start_without_migrating()
    {
        await using var database = new TestDatabase();

        var first = await RunMigrateAsync(database);
        Assert.True(first.ExitCode == 0, $"migrate exited with {first.ExitCode}:\n{first.Output}");
        // Running it again (the next deployment with nothing new) changes nothing.
        var again = await RunMigrateAsync(database);
        Assert.True(again.ExitCode == 0, $"a second migrate exited with {again.ExitCode}:\n{again.Output}");

        await using var app = AdvisorFactory.On(database);
        app.Settings["Database:MigrateOnStartup"] = "false";
        using var client = app.CreateClient();
        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.WeightSetVersions.CountAsync()));
        // The first Data Protection key is made by the deploy step, so instances started together share it.
        Assert.Equal(1, await app.WithDbAsync(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task The_migrate_command_fails_with_a_non_zero_exit_code_when_the_database_cannot_be_reached()
    {
        var unreachable = TestDatabase.OnPostgres
            ? "Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none;Timeout=3"
            : "Data Source=/proc/no-such-directory/ea.db";
        var run = await RunMigrateAsync(TestDatabase.Provider.ToString(), unreachable);
        Assert.NotEqual(0, run.ExitCode);
    }

    private static Task<(int ExitCode, string Output)> RunMigrateAsync(TestDatabase database) =>
        RunMigrateAsync(TestDatabase.Provider.ToString(), database.ConnectionString);

    /// <summary>The app as it is deployed: its own process, configured by environment variables.</summary>
    private static Task<(int ExitCode, string Output)> RunMigrateAsync(string provider, string connectionString) =>
        Processes.RunAppAsync(["migrate"], new Dictionary<string, string> { ["Database__Provider"] = provider, ["ConnectionStrings__Default"] = connectionString });
}
