using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>The case is closed; <see cref="Outcome"/> is Approved or Rejected.</summary>
public sealed record ApplicationCompleted(Guid ApplicationId, ApplicationType Type, ApplicationStatus Outcome, DateTimeOffset At) : IDomainEvent;
