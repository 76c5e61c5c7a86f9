using EngagementAdvisor.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Data;

/// <summary>
/// The app's one database: assessments, weight set versions, the admins (ASP.NET Core Identity) and the Data
/// Protection keys that every instance shares. The app asks for this type; what it gets is the subclass for the
/// configured provider (<see cref="SqliteAdvisorDbContext"/> or <see cref="PostgresAdvisorDbContext"/>), because EF Core
/// finds migrations by context type and each provider has its own.
/// </summary>
public abstract class AdvisorDbContext(DbContextOptions options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<WeightSetVersion> WeightSetVersions => Set<WeightSetVersion>();

    public DbSet<Workshop> Workshops => Set<Workshop>();

    public DbSet<WorkshopParticipant> WorkshopParticipants => Set<WorkshopParticipant>();

    /// <summary>The Data Protection key ring: cookies, antiforgery tokens and protected columns decrypt on every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AdvisorDbContext).Assembly);
    }
}
