using Microsoft.Data.Sqlite;

namespace EngagementAdvisor.Web.Data.Sqlite;

/// <summary>
/// Retries a whole unit of work when SQLite reports the database busy or locked beyond its busy timeout — another
/// process holding the write lock for long (a backup, an admin's sqlite3 shell). Each attempt must start from
/// scratch (a new DbContext), since a failed transaction has rolled back everything it did.
/// </summary>
public static partial class SqliteRetry
{
    public const int Attempts = 5;

    public static async Task RunAsync(Func<Task> unitOfWork, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unitOfWork);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await unitOfWork();
                return;
            }
            catch (Exception ex) when (attempt < Attempts && IsBusy(ex))
            {
                LogBusy(logger, attempt, Attempts);
                // Back off with jitter so that instances retrying together do not collide again.
                await Task.Delay(TimeSpan.FromMilliseconds((25 << attempt) + Random.Shared.Next(25)), cancellationToken);
            }
        }
    }

    public static bool IsBusy(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // 5 SQLITE_BUSY, 6 SQLITE_LOCKED, with their extended codes in the low byte.
            if (e is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is 5 or 6) return true;
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite database was busy; retrying the unit of work (attempt {Attempt} of {Attempts})")]
    private static partial void LogBusy(ILogger logger, int attempt, int attempts);
}
