using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>Deductions restart from <see cref="From"/> once a deduction agreement is in place (DOMAIN-SOURCES §4.4).</summary>
public sealed record CoverageResumed(
    Guid PersonId,
    RegionCode Region,
    ContributionBase ContributionBase,
    PaymentFrequency Frequency,
    IReadOnlyList<string> InsuranceTypeCodes,
    YearMonth From) : IDomainEvent;
