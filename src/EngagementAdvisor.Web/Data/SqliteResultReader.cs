using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// Finds a stored result by its token hash on SQLite, with the statement prepared once per connection and kept.
/// </summary>
/// <remarks>
/// Every result link and API read that the output cache cannot answer runs this one query. Through EF Core each read
/// rented a context, opened and returned a pooled connection, and had SQLite prepare the same statement again:
/// Microsoft.Data.Sqlite keeps a prepared statement only as long as its command object (dotnet/efcore#14044) and EF
/// Core makes a new command per query. That was about half the CPU of an uncached read (docs/performance.md). Here a
/// few connections stay open, each with its command prepared; a read rents one, binds the hash, steps the statement
/// and gives it back. In WAL mode a statement reads the latest commit when it starts and holds no snapshot once it is
/// reset, so a kept connection sees every new or deleted result and never holds up a checkpoint.
/// PostgreSQL keeps the EF Core query (<see cref="IsActive"/> is false there): Npgsql prepares statements itself.
/// <c>SqliteResultReaderTests</c> hold every column equal to what EF Core reads, so a schema change that forgets
/// this query fails there.
/// </remarks>
public sealed class SqliteResultReader : IDisposable
{
    internal const string Sql =
        "SELECT \"Id\", \"CreatedAt\", \"WeightsVersion\", \"Control\", \"ScopeStability\", \"InHousePm\", \"DurationMonths\", " +
        "\"BudgetUsd\", \"TeamSize\", \"StartUrgency\", \"DataSensitivity\", \"NicheExpertise\", \"Label\", \"RecommendedModel\", " +
        "\"ManageTokenHash\", \"DeletedAt\", \"AdjustedFromProtected\", \"ResultJson\" " +
        "FROM \"Assessments\" WHERE \"TokenHash\" = $hash LIMIT 1";

    private readonly string? _connectionString;
    private readonly ConcurrentQueue<Reader> _idle = new();
    // Enough for every core to have a read in flight and one waiting; more would only hold page caches.
    private readonly int _maxIdle = Math.Max(2, Environment.ProcessorCount * 2);
    private int _idleCount;
    private volatile bool _disposed;

    public SqliteResultReader(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (DatabaseRegistration.ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            _connectionString = SqliteLocation.ConnectionString(configuration, environment);
        }
    }

    /// <summary>Whether the app stores its results in SQLite, where this reader is used.</summary>
    public bool IsActive => _connectionString is not null;

    /// <summary>The row with this token hash, deleted or not, or null when there is none.</summary>
    /// <remarks>
    /// Synchronous on purpose: Microsoft.Data.Sqlite's async methods run synchronously and only add a task around the
    /// same work, and this statement reads one row through a unique index.
    /// </remarks>
    public Assessment? Find(byte[] tokenHash)
    {
        ArgumentNullException.ThrowIfNull(tokenHash);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reader = Rent();
        var healthy = false;
        try
        {
            reader.Hash.Value = tokenHash;
            Assessment? row;
            using (var rows = reader.Command.ExecuteReader())
            {
                row = rows.Read() ? Materialize(rows) : null;
            }
            healthy = true;
            return row;
        }
        finally
        {
            // A reader whose statement failed is closed rather than trusted again.
            if (healthy) Return(reader);
            else reader.Dispose();
        }
    }

    private static Assessment Materialize(SqliteDataReader rows) => new()
    {
        Id = rows.GetInt64(0),
        CreatedAt = rows.GetDateTime(1),
        WeightsVersion = rows.GetInt32(2),
        Control = rows.GetString(3),
        ScopeStability = rows.GetString(4),
        InHousePm = rows.GetString(5),
        DurationMonths = rows.GetInt32(6),
        BudgetUsd = rows.GetInt64(7),
        TeamSize = rows.IsDBNull(8) ? null : rows.GetInt32(8),
        StartUrgency = rows.IsDBNull(9) ? null : rows.GetString(9),
        DataSensitivity = rows.IsDBNull(10) ? null : rows.GetString(10),
        NicheExpertise = rows.IsDBNull(11) ? null : rows.GetBoolean(11),
        Label = rows.IsDBNull(12) ? null : rows.GetString(12),
        RecommendedModel = rows.GetString(13),
        ManageTokenHash = rows.IsDBNull(14) ? null : (byte[])rows.GetValue(14),
        DeletedAt = rows.IsDBNull(15) ? null : rows.GetDateTime(15),
        AdjustedFromProtected = rows.IsDBNull(16) ? null : rows.GetString(16),
        ResultJson = rows.GetString(17),
    };

    private Reader Rent()
    {
        if (_idle.TryDequeue(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            return reader;
        }
        return Reader.Open(_connectionString ?? throw new InvalidOperationException("The results are not stored in SQLite."));
    }

    private void Return(Reader reader)
    {
        if (_disposed || Interlocked.Increment(ref _idleCount) > _maxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            reader.Dispose();
            return;
        }
        _idle.Enqueue(reader);
        // Disposed while this one was being returned: nobody else will drain it.
        if (_disposed) DisposeIdle();
    }

    public void Dispose()
    {
        _disposed = true;
        DisposeIdle();
    }

    private void DisposeIdle()
    {
        while (_idle.TryDequeue(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            reader.Dispose();
        }
    }

    /// <summary>One open connection and its prepared statement; used by one read at a time.</summary>
    private sealed class Reader(SqliteConnection connection, SqliteCommand command, SqliteParameter hash) : IDisposable
    {
        public SqliteCommand Command { get; } = command;
        public SqliteParameter Hash { get; } = hash;

        public static Reader Open(string connectionString)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                connection.Open();
                SqliteBusyTimeout.Apply(connection);
                var command = connection.CreateCommand();
                command.CommandText = Sql;
                var hash = command.Parameters.Add("$hash", SqliteType.Blob);
                command.Prepare();
                return new Reader(connection, command, hash);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Command.Dispose();
            connection.Dispose();
        }
    }
}
