using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>The same model on PostgreSQL, with its own migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresAdvisorDbContext(DbContextOptions<PostgresAdvisorDbContext> options) : AdvisorDbContext(options);
