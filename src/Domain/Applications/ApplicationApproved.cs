using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record ApplicationApproved(Guid ApplicationId, ApplicationType Type, string Reviewer, DateTimeOffset At) : IDomainEvent;
