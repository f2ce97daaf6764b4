using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The applicant side's own tables (prefix <c>applicant_</c>) in the engine's database. Kept apart from
/// <c>CasesDbContext</c> because they are not domain state; creating an application shares one transaction with it.
/// </summary>
public sealed class ApplicantDbContext(DbContextOptions<ApplicantDbContext> options) : DbContext(options)
{
    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();

    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApplicationRecord>(record =>
        {
            record.ToTable("applicant_applications");
            record.HasKey(r => r.Sequence);
            record.Property(r => r.Sequence).ValueGeneratedOnAdd();
            record.HasIndex(r => r.ApplicationId).IsUnique();
            record.HasIndex(r => r.OwnerUserName);
            record.Property(r => r.OwnerUserName).HasMaxLength(256);
            record.Property(r => r.Day).HasMaxLength(8);
            record.Property(r => r.Address).HasMaxLength(200);
            record.Property(r => r.InsuranceTypes).HasMaxLength(200);
            record.Ignore(r => r.CaseNumber);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("applicant_idempotency_keys");
            record.HasKey(r => new { r.UserName, r.Key });
            record.Property(r => r.UserName).HasMaxLength(256);
            record.Property(r => r.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
            record.Property(r => r.RequestHash).HasMaxLength(64);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName?.Contains("Sqlite", StringComparison.Ordinal) == true)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }
}
