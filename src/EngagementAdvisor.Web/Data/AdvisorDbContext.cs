using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>The app's one database: assessments, weight set versions and the admins (ASP.NET Core Identity).</summary>
public sealed class AdvisorDbContext(DbContextOptions<AdvisorDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<WeightSetVersion> WeightSetVersions => Set<WeightSetVersion>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AdvisorDbContext).Assembly);
    }
}
