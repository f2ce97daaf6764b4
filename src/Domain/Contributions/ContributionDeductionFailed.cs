using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>A deduction attempt bounced (e.g. insufficient balance, no agreement); reminders go out before the next one.</summary>
public sealed record ContributionDeductionFailed(Guid PeriodId, Guid PersonId, BillingPeriod Period, string Reason, int Attempt, DateOnly FailedOn) : IDomainEvent;
