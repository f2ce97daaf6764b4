using SocialInsurance.Domain.Contributions;
using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

public sealed record PersonEnrolled(
    Guid PersonId,
    RegionCode Region,
    ContributionBase ContributionBase,
    PaymentFrequency Frequency,
    IReadOnlyList<string> InsuranceTypeCodes,
    YearMonth From) : IDomainEvent;
