using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Workflows.Execution.Journal;

namespace SocialInsurance.Workflows.Persistence.Configurations;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("wf_journal");
        // (instance, sequence) is the natural key: rows insert in one batch without asking the database for ids.
        builder.HasKey(j => new { j.InstanceId, j.Sequence });
        builder.Property(j => j.ElementId).HasMaxLength(255);
        builder.Property(j => j.ElementType).HasMaxLength(50);
        builder.Property(j => j.Event).HasMaxLength(50);
        builder.Property(j => j.Actor).HasMaxLength(255);
    }
}
