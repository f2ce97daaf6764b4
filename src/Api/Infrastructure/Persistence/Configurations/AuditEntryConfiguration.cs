using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Api.Infrastructure.Identity;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

/// <summary>The append-only audit log. Its time is UTC ticks on every provider (as it always was).</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable("api_audit_log");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.Actor).HoldsUserName();
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.Target).HasMaxLength(300);
        entry.Property(e => e.RemoteAddress).HasMaxLength(64);
        entry.Property(e => e.At).StoredAsUtcTicks();
        entry.HasIndex(e => e.At);
    }
}
