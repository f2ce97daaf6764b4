using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record ApplicationReviewStarted(Guid ApplicationId, string Reviewer, DateTimeOffset At) : IDomainEvent;
