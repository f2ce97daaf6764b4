using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record ApplicationWithdrawn(Guid ApplicationId, ApplicationType Type, DateTimeOffset At) : IDomainEvent;
