using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>The model on SQLite, with the migrations in <c>Data/Migrations</c>.</summary>
public sealed class SqliteAdvisorDbContext(DbContextOptions<SqliteAdvisorDbContext> options) : AdvisorDbContext(options);
