using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EngagementAdvisor.Web.Data.Configurations;

internal sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> builder)
    {
        builder.ToTable("WorkshopParticipants");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(p => p.TokenHash).IsUnique();
        // Join order is unique within a workshop: two people joining at once cannot both be "Participant 2".
        builder.HasIndex(p => new { p.WorkshopId, p.Number }).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Role).HasMaxLength(200);
    }
}
