using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Reads provider errors the app answers differently from other failures.</summary>
public static class DatabaseErrors
{
    /// <summary>
    /// A write refused because a primary key or unique index already holds the value: someone else stored it first.
    /// SQLite reports SQLITE_CONSTRAINT_PRIMARYKEY (1555) or SQLITE_CONSTRAINT_UNIQUE (2067); PostgreSQL reports SQLSTATE 23505.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteExtendedErrorCode is 1555 or 2067:
                case PostgresException postgres when postgres.SqlState == PostgresErrorCodes.UniqueViolation:
                    return true;
            }
        }
        return false;
    }
}
