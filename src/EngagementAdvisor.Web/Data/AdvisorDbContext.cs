using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

public sealed class AdvisorDbContext(DbContextOptions<AdvisorDbContext> options) : DbContext(options)
{
    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<WeightSetVersion> WeightSetVersions => Set<WeightSetVersion>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AdvisorDbContext).Assembly);
}
