using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// One test's database: a temporary SQLite file, or — when EA_TEST_PROVIDER=Postgres — a fresh PostgreSQL database
/// (<c>ea_test_…</c>) on the server named by EA_TEST_POSTGRES, dropped again on dispose. ./test.sh runs the suite once
/// each way; run outside it, the tests use SQLite.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "EA_TEST_PROVIDER";
    public const string PostgresVariable = "EA_TEST_POSTGRES";

    private readonly Lazy<string> _connectionString;
    private readonly string _name;

    public TestDatabase()
    {
        _name = $"ea_test_{Guid.NewGuid():N}";
        // Made when first asked for, so a test that never starts the app costs no database.
        _connectionString = new Lazy<string>(Provider == DatabaseProvider.Postgres ? CreatePostgresDatabase : SqliteConnectionString);
    }

    public static DatabaseProvider Provider { get; } = ProviderFromEnvironment();

    public static bool OnPostgres => Provider == DatabaseProvider.Postgres;

    public string ConnectionString => _connectionString.Value;

    /// <summary>Skips the calling test on PostgreSQL, for tests of SQLite's own behaviour (its locks, its files).</summary>
    public static void SkipUnlessSqlite(string what) =>
        Assert.SkipWhen(OnPostgres, $"SQLite only: {what}. This pass runs on PostgreSQL.");

    /// <summary>Skips the calling test unless this pass runs on PostgreSQL (./test.sh's second pass).</summary>
    public static void SkipUnlessPostgres(string what) =>
        Assert.SkipUnless(OnPostgres, $"Needs PostgreSQL: {what}. Runs in ./test.sh's PostgreSQL pass ({ProviderVariable}=Postgres, {PostgresVariable}=<Npgsql connection string>).");

    private static DatabaseProvider ProviderFromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable}={value}: use Sqlite or Postgres.");
    }

    private static string PostgresServer() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"{ProviderVariable}=Postgres needs {PostgresVariable}, an Npgsql connection string for a role that may create databases.");

    private string SqliteConnectionString() => $"Data Source={Path.Combine(Path.GetTempPath(), _name + ".db")}";

    private string CreatePostgresDatabase()
    {
        using (var connection = new NpgsqlConnection(PostgresServer()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{_name}\"";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = _name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_connectionString.IsValueCreated) return;
        if (Provider == DatabaseProvider.Postgres)
        {
            await using (var pooled = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(pooled);
            // Unpooled: a pooled connection may be one the server dropped (DatabaseRestartTests restarts it).
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer()) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // FORCE ends whatever the app left connected (PostgreSQL 13 and later).
            command.CommandText = $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync();
            return;
        }
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(ConnectionString).DataSource;
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }
    }
}
