using EngagementAdvisor.Core.Scoring;
using EngagementAdvisor.Web.Features.Weights;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default: one file, one instance) or <c>Postgres</c> (several instances can share it).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations when the app starts. Turn off where migrations run as a deploy step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

public static class DatabaseStartup
{
    /// <summary>
    /// At start-up: brings the database to the current schema (unless <c>Database:MigrateOnStartup</c> is false, where
    /// migrations run as a deploy step) and seeds weight set version 1 if there is none.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value;
        await PrepareAsync(services, options.MigrateOnStartup, cancellationToken);
    }

    /// <summary>The <c>migrate</c> command: applies every pending migration and seeds, whatever MigrateOnStartup says.</summary>
    public static Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        PrepareAsync(services, migrate: true, cancellationToken);

    private static async Task PrepareAsync(IServiceProvider services, bool migrate, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        // Migrating builds the whole migrations model and takes a lock; most starts find nothing to do, so the history
        // table is read first, directly (StartupChecks). The lock (a table on SQLite, an advisory lock on
        // PostgreSQL) lets instances starting together migrate once.
        if (migrate && !await StartupChecks.AllMigrationsAppliedAsync(db, cancellationToken))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await SeedDefaultWeightsAsync(db, cancellationToken);
    }
    private static async Task SeedDefaultWeightsAsync(AdvisorDbContext db, CancellationToken cancellationToken)
    {
        if (await StartupChecks.HasWeightsAsync(db, cancellationToken)) return;
        db.WeightSetVersions.Add(new WeightSetVersion
        {
            Version = 1,
            CreatedAt = DateTime.UtcNow,
            CreatedBy = "system",
            Comment = "Default weights from the domain facts (docs/scoring.md).",
            WeightsJson = WeightsStore.Serialize(DefaultWeights.Create()),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance may have seeded first; its version 1 is the same defaults.
            db.ChangeTracker.Clear();
        }
    }
}
