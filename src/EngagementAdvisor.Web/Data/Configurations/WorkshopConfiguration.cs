using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EngagementAdvisor.Web.Data.Configurations;

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> builder)
    {
        builder.ToTable("Workshops");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.FacilitatorTokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(w => w.FacilitatorTokenHash).IsUnique();
        builder.Property(w => w.InviteCodeHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(w => w.InviteCodeHash).IsUnique();
        builder.Property(w => w.InviteCodeProtected).HasMaxLength(512).IsRequired();
        builder.Property(w => w.Title).HasMaxLength(200).IsRequired();
        builder.Property(w => w.RolesJson).HasMaxLength(2000).IsRequired();
        builder.Property(w => w.SettledJson).IsRequired();
        builder.Property(w => w.ResultTokenProtected).HasMaxLength(512);
        builder.HasMany(w => w.Participants).WithOne().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
    }
}
