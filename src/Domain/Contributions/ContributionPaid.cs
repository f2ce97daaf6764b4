using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>The person's record credits <see cref="Months"/> towards the minimum period when this is handled.</summary>
public sealed record ContributionPaid(Guid PeriodId, Guid PersonId, BillingPeriod Period, int Months, Money Amount, DateOnly PaidOn) : IDomainEvent;
