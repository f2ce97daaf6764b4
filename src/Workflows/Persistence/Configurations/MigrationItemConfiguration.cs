using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class MigrationItemConfiguration : IEntityTypeConfiguration<MigrationItem>
{
    public void Configure(EntityTypeBuilder<MigrationItem> builder)
    {
        builder.ToTable("wf_migration_items");
        builder.HasKey(i => new { i.BatchId, i.InstanceId });
        builder.Property(i => i.BusinessKey).HasMaxLength(255);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ProblemCode).HasMaxLength(100);
        builder.Property(i => i.ProblemElementId).HasMaxLength(255);
        builder.Property(i => i.Message).HasMaxLength(2000);
        builder.HasIndex(i => i.InstanceId);
    }
}
