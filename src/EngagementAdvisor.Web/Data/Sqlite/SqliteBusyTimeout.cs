using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EngagementAdvisor.Web.Data.Sqlite;

/// <summary>
/// Sets SQLite's own busy timeout on every connection EF Core opens. Without it Microsoft.Data.Sqlite handles a
/// locked database by sleeping 150 ms and trying again, which turns a lock held for a millisecond into a 150 ms wait;
/// SQLite's handler retries within the millisecond.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;

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

    // A direct call rather than a PRAGMA statement: nothing to prepare on every open of a pooled connection.
    private static void Apply(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle;
        SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds), handle);
    }
}
