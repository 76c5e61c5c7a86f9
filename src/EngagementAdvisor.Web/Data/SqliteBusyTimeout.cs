using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// Sets SQLite's own busy timeout on every connection. Without it Microsoft.Data.Sqlite handles a locked database
/// by sleeping 150 ms and trying again, which turns a lock held for a millisecond into a 150 ms wait; SQLite's
/// handler retries within the millisecond.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public const int Milliseconds = 5_000;

    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
