using SocialInsurance.Domain.Reference;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Insurance;

/// <summary>Deductions for these 险种 stop from <see cref="From"/>; the contribution job stops billing them.</summary>
public sealed record CoverageSuspended(
    Guid PersonId,
    SuspensionReason Reason,
    IReadOnlyList<string> InsuranceTypeCodes,
    YearMonth From,
    InsuredStatus PersonStatus) : IDomainEvent;
