using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Admins;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Tests.Persistence;

/// <summary>
/// Start-up asks the database directly whether migrations are pending, whether weights are stored and whether an
/// admin exists (StartupChecks). A wrong "yes" would leave a schema un-migrated or a database unseeded, so each
/// answer is checked both ways on a real database of the pass's provider.
/// </summary>
public sealed class StartupChecksTests : AppTest
{
    [Fact]
    public void Each_providers_list_of_migrations_is_the_list_EF_Core_finds_in_the_app()
    {
        // Listing migrations needs the provider, not a server: nothing here connects.
        using var sqlite = new SqliteAdvisorDbContext(new DbContextOptionsBuilder<SqliteAdvisorDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresAdvisorDbContext(new DbContextOptionsBuilder<PostgresAdvisorDbContext>().UseNpgsql("Host=localhost").Options);

        // A migration added without being listed fails here: start-up would think the schema current and skip it.
        Assert.Equal(sqlite.Database.GetMigrations(), StartupChecks.SqliteMigrations);
        Assert.Equal(postgres.Database.GetMigrations(), StartupChecks.PostgresMigrations);
        Assert.Same(StartupChecks.SqliteMigrations, StartupChecks.MigrationsOf(sqlite));
        Assert.Same(StartupChecks.PostgresMigrations, StartupChecks.MigrationsOf(postgres));
    }

    [Fact]
    public async Task Migrations_count_as_applied_only_when_the_history_table_lists_every_one()
    {
        var migrated = await Factory.WithDbAsync(db => StartupChecks.AllMigrationsAppliedAsync(db, CancellationToken.None));
        var withoutLast = await Factory.WithDbAsync(async db =>
        {
            var latest = StartupChecks.MigrationsOf(db)[^1];
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}");
            return await StartupChecks.AllMigrationsAppliedAsync(db, CancellationToken.None);
        });
        var withoutTable = await Factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
            return await StartupChecks.AllMigrationsAppliedAsync(db, CancellationToken.None);
        });

        Assert.True(migrated, "a database the app has just migrated");
        Assert.False(withoutLast, "the newest migration missing from the history");
        Assert.False(withoutTable, "no history table: a new database");
    }

    [Fact]
    public async Task Weights_are_found_after_seeding_and_missed_when_there_are_none()
    {
        var seeded = await Factory.WithDbAsync(db => StartupChecks.HasWeightsAsync(db, CancellationToken.None));
        var emptied = await Factory.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"WeightSetVersions\"");
            return await StartupChecks.HasWeightsAsync(db, CancellationToken.None);
        });

        Assert.True(seeded);
        Assert.False(emptied);
    }

    [Fact]
    public async Task The_configured_first_admin_is_found_in_the_admin_role_and_nobody_is_in_another()
    {
        var admin = await Factory.WithDbAsync(db => StartupChecks.HasUserInRoleAsync(db, AdminOptions.Role.ToUpperInvariant(), CancellationToken.None));
        var other = await Factory.WithDbAsync(db => StartupChecks.HasUserInRoleAsync(db, "AUDITOR", CancellationToken.None));
        var injected = await Factory.WithDbAsync(db => StartupChecks.HasUserInRoleAsync(db, "ADMIN' OR '1'='1", CancellationToken.None));

        Assert.True(admin);
        Assert.False(other);
        Assert.False(injected, "the role name is a parameter, not SQL");
    }
}
