using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SocialInsurance.Domain.Insurance;

using SocialInsurance.Api.Infrastructure.Cases;

namespace SocialInsurance.Api.Infrastructure.Persistence.Configurations;

internal sealed class InsuredPersonConfiguration : IEntityTypeConfiguration<InsuredPerson>
{
    public void Configure(EntityTypeBuilder<InsuredPerson> builder)
    {
        builder.ToTable("case_insured_persons");
        builder.HasAssignedKey(p => p.Id);
        builder.Property(p => p.IdNumber).HasConversion(DomainConverters.ResidentId).HasMaxLength(18);
        // One record per person (DOMAIN-SOURCES §1.2): the ID number is the social-security number.
        builder.HasIndex(p => p.IdNumber).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Region).HasConversion((ValueConverter)DomainConverters.Region).HasMaxLength(4);
        builder.Property(p => p.ContributionBase).HasConversion((ValueConverter)DomainConverters.Base);
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.EnrolledFrom).HasConversion(DomainConverters.Month).HasMaxLength(7);
        builder.Property(p => p.EmployerMonths);
        builder.Property(p => p.FlexibleMonths);
        builder.OwnsMany(p => p.Coverages, c =>
        {
            c.ToJson("Coverages");
            c.Property(x => x.InsuranceTypeCode);
            c.Property(x => x.Status).HasConversion<string>();
            c.Property(x => x.Since).HasConversion(DomainConverters.Month);
        });
        builder.OwnsMany(p => p.History, h =>
        {
            h.ToJson("History");
            h.Property(x => x.Month).HasConversion(DomainConverters.Month);
            h.Property(x => x.Kind).HasConversion<string>();
            h.Property(x => x.From).HasConversion<string>();
            h.Property(x => x.To).HasConversion<string>();
            h.Property(x => x.Reason).HasConversion<string>();
            h.PrimitiveCollection(x => x.InsuranceTypeCodes);
        });
        builder.Ignore(p => p.TotalMonths);
        builder.Ignore(p => p.ActiveInsuranceTypes);
        builder.Ignore(p => p.DomainEvents);
    }
}
