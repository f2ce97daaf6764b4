using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Messages;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class BufferedMessageConfiguration : IEntityTypeConfiguration<BufferedMessage>
{
    public void Configure(EntityTypeBuilder<BufferedMessage> builder)
    {
        builder.ToTable("wf_buffered_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Name).HasMaxLength(255);
        builder.Property(m => m.CorrelationKey).HasMaxLength(255);
        builder.HasIndex(m => new { m.Name, m.CorrelationKey, m.ExpiresAt });
    }
}
