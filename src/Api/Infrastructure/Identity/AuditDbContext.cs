using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>The append-only audit log, in the shared database.</summary>
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string ProbeTable = "api_audit_log";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable(ProbeTable);
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(100);
            entry.Property(e => e.Target).HasMaxLength(300);
            entry.Property(e => e.RemoteAddress).HasMaxLength(64);
            entry.Property(e => e.At).HasConversion(new UtcTicksConverter());
            entry.HasIndex(e => e.At);
        });
    }
}
