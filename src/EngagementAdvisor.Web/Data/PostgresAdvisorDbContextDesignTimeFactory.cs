using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// For <c>dotnet ef migrations add … --context PostgresAdvisorDbContext</c>: making a migration needs the provider, not a
/// server, so this connection string is never opened. (SQLite's context is made by the app's own host, as at run time.)
/// </summary>
public sealed class PostgresAdvisorDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAdvisorDbContext>
{
    public PostgresAdvisorDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAdvisorDbContext>().UseNpgsql("Host=localhost;Database=engagement_advisor").Options);
}
