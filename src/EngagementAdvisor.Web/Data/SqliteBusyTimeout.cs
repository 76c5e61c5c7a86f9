using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// Sets SQLite's own busy timeout on every connection. Without it Microsoft.Data.Sqlite handles a locked database
/// by sleeping 150 ms and trying again, which turns a lock held for a millisecond into a 150 ms wait; SQLite's
/// handler retries within the millisecond.
/// </summary>
/// <remarks>
/// The timeout belongs to the native connection, which Microsoft.Data.Sqlite pools and hands out again on every open.
/// It is set once per native connection, with a direct call rather than a <c>PRAGMA</c> statement: preparing and
/// running a statement on every open was a measurable share of a <c>GET /api/assessments/{token}</c>.
/// </remarks>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;

    // Keyed by the native handle, so a handle that SQLite closes (and the pool drops) takes its entry with it.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Done = [];
    private static readonly object Marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>The timeout SQLite has for this open connection, in milliseconds (for tests).</summary>
    public static int Of(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sets the timeout on a connection opened outside EF Core (<see cref="SqliteResultReader"/>).</summary>
    internal static void Apply(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var handle = ((SqliteConnection)connection).Handle;
        if (handle is null || Done.TryGetValue(handle, out _)) return;
        var rc = SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        SqliteException.ThrowExceptionForRC(rc, handle);
        Done.TryAdd(handle, Marker);
    }
}
