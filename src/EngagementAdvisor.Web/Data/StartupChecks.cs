using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// What start-up asks the database on every restart (are the migrations applied, is a weight set stored, is there an
/// admin), read directly, and the migrations each provider's schema is made of.
/// </summary>
/// <remarks>
/// Asking EF Core which migrations are pending reflects over every type in the app to find them and builds a model
/// for the history table; the first LINQ query builds EF's query pipeline. On a restart, where nothing is pending,
/// that, with Identity's queries for an admin, was 0.45 s of a 1.3 s start-up (docs/performance.md). These checks are plain SQL on the context's own
/// connection instead; whenever one finds work to do, the usual EF Core path does it.
/// <c>ModelTests</c> fails when a migration is added without being listed here.
/// </remarks>
public static class StartupChecks
{
    public static IReadOnlyList<string> SqliteMigrations { get; } =
        ["20261125193748_Initial", "20261125211130_AdminIdentity", "20261125213229_ManageAndAdjust", "20261126161458_DataProtectionKeys"];

    public static IReadOnlyList<string> PostgresMigrations { get; } = ["20261126161652_Initial"];

    public static IReadOnlyList<string> MigrationsOf(AdvisorDbContext db) => db is PostgresAdvisorDbContext ? PostgresMigrations : SqliteMigrations;

    /// <summary>Whether the history table lists every migration; false too when there is no history table yet.</summary>
    public static async Task<bool> AllMigrationsAppliedAsync(AdvisorDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var applied = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await ReadAsync(db, "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"", reader => applied.Add(reader.GetString(0)), cancellationToken);
        }
        catch (DbException)
        {
            // No history table: a new, empty database. (Any other failure resurfaces, clearer, when migrating.)
            return false;
        }
        return MigrationsOf(db).All(applied.Contains);
    }

    /// <summary>Whether any weight set is stored: the seed's question and the health check's.</summary>
    public static async Task<bool> HasWeightsAsync(AdvisorDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var any = false;
        await ReadAsync(db, "SELECT 1 FROM \"WeightSetVersions\" LIMIT 1", _ => any = true, cancellationToken);
        return any;
    }

    /// <summary>Whether a user holds the role with this normalized name (Identity's tables, as Identity names them).</summary>
    public static async Task<bool> HasUserInRoleAsync(AdvisorDbContext db, string normalizedRole, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var any = false;
        await ReadAsync(db, "SELECT 1 FROM \"AspNetUserRoles\" ur JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE r.\"NormalizedName\" = @role LIMIT 1",
            _ => any = true, cancellationToken, ("@role", normalizedRole));
        return any;
    }

    private static async Task ReadAsync(AdvisorDbContext db, string sql, Action<DbDataReader> row, CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) row(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
