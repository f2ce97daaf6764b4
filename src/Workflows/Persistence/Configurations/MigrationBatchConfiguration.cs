using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.InstanceMigration;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class MigrationBatchConfiguration : IEntityTypeConfiguration<MigrationBatch>
{
    public void Configure(EntityTypeBuilder<MigrationBatch> builder)
    {
        builder.ToTable("wf_migration_batches");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.ProcessKey).HasMaxLength(255);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.CreatedBy).HasMaxLength(255);
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ProcessKey, b.CreatedAt });
        builder.HasIndex(b => b.CreatedAt);
    }
}
