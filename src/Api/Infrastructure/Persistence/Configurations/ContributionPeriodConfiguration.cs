using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialInsurance.Domain.Contributions;

using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class ContributionPeriodConfiguration : IEntityTypeConfiguration<ContributionPeriod>
{
    public void Configure(EntityTypeBuilder<ContributionPeriod> builder)
    {
        builder.ToTable("case_contribution_periods");
        builder.HasAssignedKey(p => p.Id);
        // Scalar columns rather than owned types: the constructor takes the period and the amount, and EF binds
        // constructor parameters only to scalar properties.
        builder.Property(p => p.Period).HasConversion(DomainConverters.Period).HasMaxLength(16);
        builder.HasIndex(p => new { p.PersonId, p.Period }).IsUnique();
        builder.Property(p => p.Amount).HasConversion(DomainConverters.Amount).HasMaxLength(128);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.FailedAttempts);
        builder.Property(p => p.LastFailureReason).HasMaxLength(200);
        builder.Property(p => p.PaidOn);
        builder.Property(p => p.DeductOn);
        builder.Property(p => p.RefundedMonths);
        builder.Ignore(p => p.DomainEvents);
    }
}
