using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>Paid months given back after a 停保 inside the period; the person's record stops counting them.</summary>
public sealed record ContributionRefunded(Guid PeriodId, Guid PersonId, BillingPeriod Period, int Months, Money Amount) : IDomainEvent;
