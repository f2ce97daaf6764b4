using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

public sealed record ContributionFellIntoArrears(Guid PeriodId, Guid PersonId, BillingPeriod Period) : IDomainEvent;
