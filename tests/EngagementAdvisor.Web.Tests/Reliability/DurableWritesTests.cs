using System.Net;
using System.Text.Json;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Sqlite;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace EngagementAdvisor.Web.Tests.Reliability;

/// <summary>New results go through one group-committing writer; these prove nothing is lost or doubled on the way.</summary>
public sealed class DurableWritesTests : AppTest
{
    private const string Body = """{"control":"medium","scopeStability":"evolving","inHousePm":"strong","durationMonths":12,"budgetUsd":250000}""";

    [Fact]
    public async Task Many_results_created_at_once_are_each_stored_exactly_once_and_each_link_resolves()
    {
        // In-process test clients all share one client address: lift the per-client limit meant for real users.
        Factory.Settings["RateLimits:CreatePerMinute"] = "100000";
        Factory.Settings["RateLimits:LookupPerMinute"] = "100000";
        using var client = Factory.CreateClient();
        var created = await Task.WhenAll(Enumerable.Range(0, 120).Select(async _ =>
        {
            using var content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
            using var response = await client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("token").GetString()!;
        }));

        Assert.Equal(120, created.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(120, await Factory.CountAssessmentsAsync());
        foreach (var token in created)
        {
            using var read = await client.GetAsync(new Uri("/api/assessments/" + token, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
    }

    [Fact]
    public async Task A_result_created_while_another_process_holds_the_write_lock_is_stored_once_the_lock_is_released()
    {
        TestDatabase.SkipUnlessSqlite("holds SQLite's database-wide write lock with BEGIN IMMEDIATE; PostgreSQL locks rows, not the database");
        using var client = Factory.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));   // the app has created and migrated the file

        // Another process (a backup, an admin's sqlite3 shell) holding the write lock for a moment.
        await using var other = new SqliteConnection(Factory.ConnectionString);
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();
        }
        using var content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
        var posting = client.PostAsync(new Uri("/api/assessments", UriKind.Relative), content);
        await Task.Delay(400);
        Assert.False(posting.IsCompleted, "the result was acknowledged while the database was locked");
        await using (var commit = other.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        using var response = await posting;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await Factory.CountAssessmentsAsync());
    }

    [Fact]
    public async Task Every_connection_the_app_opens_waits_for_a_lock_with_SQLite_s_own_busy_timeout_each_time_it_is_reused()
    {
        TestDatabase.SkipUnlessSqlite("busy_timeout is SQLite's");
        using var client = Factory.CreateClient();
        await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        // The pool hands the same native connection out again, and it must keep its timeout.
        for (var open = 0; open < 3; open++)
        {
            var timeout = await Factory.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                try { return SqliteBusyTimeout.Of((SqliteConnection)db.Database.GetDbConnection()); }
                finally { await db.Database.CloseConnectionAsync(); }
            });
            Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
        }
    }

    [Fact]
    public async Task A_unit_of_work_that_finds_the_database_busy_is_run_again_from_the_start()
    {
        var attempts = 0;
        await SqliteRetry.RunAsync(() =>
        {
            attempts++;
            return attempts < 3 ? throw new SqliteException("database is locked", 5) : Task.CompletedTask;
        }, NullLogger.Instance, TestContext.Current.CancellationToken);

        Assert.Equal(3, attempts);
        await Assert.ThrowsAsync<SqliteException>(() => SqliteRetry.RunAsync(
            () => throw new SqliteException("constraint failed", 19), NullLogger.Instance, TestContext.Current.CancellationToken));
    }
}
