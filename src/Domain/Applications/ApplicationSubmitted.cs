using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

/// <summary>Starts the process (first submission) or resumes the review after a supplement.</summary>
public sealed record ApplicationSubmitted(Guid ApplicationId, ApplicationType Type, bool IsResubmission, DateTimeOffset At) : IDomainEvent;
