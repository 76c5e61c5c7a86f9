using EngagementAdvisor.Web.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Brings the database to the current schema and seeds it, at start-up or as the <c>migrate</c> command.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// At start-up: applies pending migrations (unless <c>Database:MigrateOnStartup</c> is false, where migrations run as
    /// a deploy step) and seeds weight set version 1 if there is none.
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
        // EF Core takes a lock while it migrates (a table on SQLite, an advisory lock on PostgreSQL), so instances
        // starting together migrate once.
        if (migrate) await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers proceed while one writer commits; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await WeightsSeed.SeedAsync(db, cancellationToken);
    }
}
