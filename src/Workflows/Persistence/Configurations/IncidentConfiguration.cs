using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("wf_incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.ProcessKey).HasMaxLength(255);
        builder.Property(i => i.ElementId).HasMaxLength(255);
        builder.Property(i => i.ElementType).HasMaxLength(50);
        builder.Property(i => i.Message).HasMaxLength(4000);
        builder.Property(i => i.ResolvedBy).HasMaxLength(255);
        builder.HasIndex(i => new { i.InstanceId, i.ResolvedAt });
        builder.HasIndex(i => i.ResolvedAt);
        // The incidents-over-time report reads a date range.
        builder.HasIndex(i => i.CreatedAt);
    }
}
