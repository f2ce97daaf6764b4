using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record ApplicationRejected(
    Guid ApplicationId, ApplicationType Type, string Actor, IReadOnlyList<DomainError> Reasons, DateTimeOffset At) : IDomainEvent;
