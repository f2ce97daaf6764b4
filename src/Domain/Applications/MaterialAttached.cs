using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record MaterialAttached(Guid ApplicationId, MaterialKind Kind, string FileId, DateTimeOffset At) : IDomainEvent;
