using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

public sealed record DeductionAgreementRevoked(Guid AgreementId, Guid PersonId, DateTimeOffset RevokedAt) : IDomainEvent;
