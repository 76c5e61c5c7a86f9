using System.Net;
using System.Text.Json;
using EngagementAdvisor.Web.Tests.Infrastructure;

namespace EngagementAdvisor.Web.Tests.ScaleOut;

/// <summary>
/// <c>dotnet EngagementAdvisor.Web.dll backup &lt;file&gt;</c> copies a live SQLite database consistently; the copy
/// serves every result as it was (issue 20). PostgreSQL's backups use pg_dump (docs/operations.md).
/// </summary>
public sealed class BackupTests : AppTest
{
    private static Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] args) =>
        Processes.RunAppAsync(args, new Dictionary<string, string> { ["Database__Provider"] = "Sqlite", ["ConnectionStrings__Default"] = connectionString });

    [Fact]
    public async Task A_backup_taken_while_the_app_runs_restores_every_result()
    {
        TestDatabase.SkipUnlessSqlite("the backup command copies a SQLite database");
        var created = new List<JsonElement>();
        for (var i = 0; i < 5; i++) created.Add(await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson));
        var target = Path.Combine(Path.GetTempPath(), $"ea-backup-{Guid.NewGuid():N}.db");
        try
        {
            // The app is still running (its factory holds the database open in WAL mode) while the copy is taken.
            var run = await RunAsync(Factory.ConnectionString, "backup", target);
            Assert.True(run.ExitCode == 0, run.Output);
            var refused = await RunAsync(Factory.ConnectionString, "backup", target);
            Assert.NotEqual(0, refused.ExitCode);

            await using var restored = new AdvisorFactory();
            restored.Settings["ConnectionStrings:Default"] = $"Data Source={target}";
            using var client = restored.CreateClient();
            foreach (var result in created)
            {
                using var read = await client.GetAsync(new Uri("/api/assessments/" + result.GetProperty("token").GetString(), UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
                AssertSameResult(result, await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(read.Content));
            }
        }
        finally
        {
            foreach (var file in new[] { target, target + "-wal", target + "-shm" }) File.Delete(file);
        }
    }

    [Fact]
    public async Task A_postgres_dump_restored_into_a_new_database_serves_every_result()
    {
        TestDatabase.SkipUnlessPostgres("pg_dump and pg_restore, as docs/operations.md shows");
        var created = new List<JsonElement>();
        for (var i = 0; i < 3; i++) created.Add(await CreateAssessmentAsync(FormAnswers.OutsourcingCaseJson));
        var source = new Npgsql.NpgsqlConnectionStringBuilder(Factory.ConnectionString);
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Last() + "/bin";
        var login = new Dictionary<string, string> { ["PGPASSWORD"] = source.Password! };
        string[] server = ["-h", source.Host!, "-p", source.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", source.Username!];
        var dump = Path.Combine(Path.GetTempPath(), $"ea-{Guid.NewGuid():N}.dump");
        var restoredName = $"ea_restore_{Guid.NewGuid():N}";
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        try
        {
            var dumped = await Processes.RunAsync(bin + "/pg_dump", [.. server, "-Fc", "-d", source.Database!, "-f", dump], login);
            Assert.True(dumped.ExitCode == 0, dumped.Output);
            await using (var connection = new Npgsql.NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{restoredName}\"", connection);
                await command.ExecuteNonQueryAsync();
            }
            var restored = await Processes.RunAsync(bin + "/pg_restore", [.. server, "--no-owner", "-d", restoredName, dump], login);
            Assert.True(restored.ExitCode == 0, restored.Output);

            await using var app = new AdvisorFactory();
            app.Settings["ConnectionStrings:Default"] = new Npgsql.NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = restoredName }.ConnectionString;
            using var client = app.CreateClient();
            foreach (var result in created)
            {
                using var read = await client.GetAsync(new Uri("/api/assessments/" + result.GetProperty("token").GetString(), UriKind.Relative));
                Assert.Equal(HttpStatusCode.OK, read.StatusCode);
                AssertSameResult(result, await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<JsonElement>(read.Content));
            }
        }
        finally
        {
            File.Delete(dump);
            Npgsql.NpgsqlConnection.ClearAllPools();
            await using var connection = new Npgsql.NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{restoredName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
