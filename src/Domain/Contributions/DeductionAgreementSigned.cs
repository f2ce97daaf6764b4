using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>Correlated as the "deduction agreement signed" message the enrolment and resumption processes wait for.</summary>
public sealed record DeductionAgreementSigned(Guid AgreementId, Guid PersonId, string BankCategoryCode, string MaskedAccount, DateTimeOffset SignedAt) : IDomainEvent;
