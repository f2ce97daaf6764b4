using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Compensation;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class CompensationRecordConfiguration : IEntityTypeConfiguration<CompensationRecord>
{
    public void Configure(EntityTypeBuilder<CompensationRecord> builder)
    {
        builder.ToTable("wf_compensation_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ElementId).HasMaxLength(255);
        builder.Property(r => r.HandlerId).HasMaxLength(255);
        builder.HasIndex(r => r.InstanceId);
    }
}
