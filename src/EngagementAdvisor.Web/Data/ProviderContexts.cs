using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EngagementAdvisor.Web.Data;

/// <summary>The model on SQLite, with the migrations in <c>Data/Migrations</c>.</summary>
public sealed class SqliteAdvisorDbContext(DbContextOptions<SqliteAdvisorDbContext> options) : AdvisorDbContext(options);

/// <summary>The same model on PostgreSQL, with its own migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresAdvisorDbContext(DbContextOptions<PostgresAdvisorDbContext> options) : AdvisorDbContext(options);

/// <summary>
/// For <c>dotnet ef migrations add … --context PostgresAdvisorDbContext</c>: making a migration needs the provider, not a
/// server, so this connection string is never opened. (SQLite's context is made by the app's own host, as at run time.)
/// </summary>
public sealed class PostgresAdvisorDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdvisorDbContext>
{
    public PostgresAdvisorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAdvisorDbContext>().UseNpgsql("Host=localhost;Database=engagement_advisor").Options);
}
