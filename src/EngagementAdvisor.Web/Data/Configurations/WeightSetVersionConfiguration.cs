using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EngagementAdvisor.Web.Data.Configurations;

internal sealed class WeightSetVersionConfiguration : IEntityTypeConfiguration<WeightSetVersion>
{
    public void Configure(EntityTypeBuilder<WeightSetVersion> builder)
    {
        builder.ToTable("WeightSetVersions");
        // The version number is the key: two saves racing for the same number collide instead of both landing.
        builder.HasKey(v => v.Version);
        builder.Property(v => v.Version).ValueGeneratedNever();
        builder.Property(v => v.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(v => v.Comment).HasMaxLength(1000).IsRequired();
        builder.Property(v => v.WeightsJson).IsRequired();
    }
}
