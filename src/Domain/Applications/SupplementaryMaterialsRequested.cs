using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Applications;

public sealed record SupplementaryMaterialsRequested(
    Guid ApplicationId, string Reviewer, IReadOnlyList<MaterialKind> Materials, string Comment, DateTimeOffset At) : IDomainEvent;
