using EngagementAdvisor.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EngagementAdvisor.Web.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("Assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.TokenHash).HasMaxLength(32).IsRequired();
        builder.HasIndex(a => a.TokenHash).IsUnique();
        // Newest first, paged by key (AssessmentStore.PageAsync): by creation time and id, alone or within one model.
        builder.HasIndex(a => new { a.CreatedAt, a.Id });
        builder.HasIndex(a => new { a.RecommendedModel, a.CreatedAt, a.Id });
        builder.Property(a => a.AnswersJson).IsRequired();
        builder.Property(a => a.RecommendedModel).HasMaxLength(24).IsRequired();
        builder.Property(a => a.ManageTokenHash).HasMaxLength(32);
        builder.Property(a => a.AdjustedFromProtected).HasMaxLength(512);
        builder.Property(a => a.ResultJson).IsRequired();
        // Finds the rows whose words are still to be stripped (ProseMigration) without reading the others; empty once done.
        builder.HasIndex(a => a.Id, "IX_Assessments_WithProse").HasFilter("\"AdviceForm\" = 1");
        // A version that results point at can never be deleted.
        builder.HasOne<WeightSetVersion>().WithMany().HasForeignKey(a => a.WeightsVersion).OnDelete(DeleteBehavior.Restrict);
    }
}
