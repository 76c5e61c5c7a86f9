using System.Globalization;
using System.Threading.RateLimiting;
using Npgsql;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// The rate limits of several instances counted together, in PostgreSQL (ADR 0023): one row per client, kind and
/// minute in an unlogged table, incremented with one upsert. A client spreading its requests over the instances gets
/// the same allowance as on one. Used when <c>Database:Provider</c> is Postgres; SQLite is one instance and counts in
/// memory. The check is asynchronous only: the framework's middleware then awaits it instead of blocking a thread.
/// </summary>
public sealed class SharedWindowLimiter(string connectionString, Func<HttpContext, (string? Key, int Limit, int Permits)> classify, TimeProvider clock)
    : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly NpgsqlDataSource _database = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _tableReady;
    private long _calls;

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    // Never decided without the database: "not yet" makes the middleware ask AcquireAsync.
    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        classify(resource).Key is null ? Lease.Granted : Lease.NotYet;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        var (key, limit, permits) = classify(resource);
        if (key is null) return Lease.Granted;
        await EnsureTableAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var windowStart = new DateTimeOffset(now.Ticks - now.Ticks % Window.Ticks, TimeSpan.Zero);
        await using var command = _database.CreateCommand(
            "INSERT INTO ea_rate_limit_windows (key, window_start, count) VALUES (@key, @start, @permits) " +
            "ON CONFLICT (key, window_start) DO UPDATE SET count = ea_rate_limit_windows.count + @permits RETURNING count");
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("start", windowStart.UtcDateTime);
        command.Parameters.AddWithValue("permits", permits * permitCount);
        var count = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        // Now and then, forget windows that have ended.
        if (Interlocked.Increment(ref _calls) % 500 == 0) await ForgetOldWindowsAsync(windowStart, cancellationToken);
        return count <= limit ? Lease.Granted : Lease.Refused(windowStart + Window - now);
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _tableReady)) return;
        await _created.WaitAsync(cancellationToken);
        try
        {
            if (_tableReady) return;
            // Counters, not data: unlogged (no WAL, emptied by a crash), created on first use by whichever instance comes first.
            await using var command = _database.CreateCommand(
                "CREATE UNLOGGED TABLE IF NOT EXISTS ea_rate_limit_windows (key text NOT NULL, window_start timestamptz NOT NULL, count bigint NOT NULL, PRIMARY KEY (key, window_start))");
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.DuplicateObject)
            {
                // Another instance created it at the same moment.
            }
            Volatile.Write(ref _tableReady, true);
        }
        finally
        {
            _created.Release();
        }
    }

    private async Task ForgetOldWindowsAsync(DateTimeOffset currentWindow, CancellationToken cancellationToken)
    {
        await using var command = _database.CreateCommand("DELETE FROM ea_rate_limit_windows WHERE window_start < @before");
        command.Parameters.AddWithValue("before", (currentWindow - Window).UtcDateTime);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _database.Dispose();
            _created.Dispose();
        }
        base.Dispose(disposing);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await _database.DisposeAsync();
        _created.Dispose();
        await base.DisposeAsyncCore();
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);
        public static readonly Lease NotYet = new(false, null);

        public static Lease Refused(TimeSpan retryAfter) => new(false, retryAfter);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
