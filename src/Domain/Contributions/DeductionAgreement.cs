using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Domain.Contributions;

/// <summary>
/// The person's one valid 税银协议 (DOMAIN-SOURCES §6.2: "仅可保留一个有效的税银协议"): NotSigned → Signed → Revoked,
/// and a revoked agreement may be signed again, possibly with another card. The account must be the payer's own.
/// </summary>
public sealed class DeductionAgreement : AggregateRoot
{
    public DeductionAgreement(Guid id, Guid personId, string payerName)
    {
        Id = id;
        PersonId = personId;
        PayerName = PersonName.Normalise(payerName);
    }

    public Guid Id { get; }

    public Guid PersonId { get; }

    public string PayerName { get; }

    public DeductionAgreementStatus Status { get; private set; } = DeductionAgreementStatus.NotSigned;

    public string? BankCategoryCode { get; private set; }

    public BankAccount? Account { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public void Sign(string bankCategoryCode, BankAccount account, DateTimeOffset signedAt)
    {
        if (Status == DeductionAgreementStatus.Signed)
        {
            throw new DomainException(new DomainError(
                "DeductionAgreement.AlreadySigned",
                "已有有效的扣款协议，请先撤销再重新签订",
                "Expected no valid agreement, but one is signed; revoke it before signing another."));
        }

        if (account.HolderName != PayerName)
        {
            throw new DomainException(new DomainError(
                "BankAccount.HolderMismatch", "持卡人姓名须与参保人姓名一致", "The card holder's name must be the payer's own name."));
        }

        Status = DeductionAgreementStatus.Signed;
        BankCategoryCode = bankCategoryCode;
        Account = account;
        SignedAt = signedAt;
        RevokedAt = null;
        Raise(new DeductionAgreementSigned(Id, PersonId, bankCategoryCode, account.Masked, signedAt));
    }

    public void Revoke(DateTimeOffset revokedAt)
    {
        if (Status != DeductionAgreementStatus.Signed)
        {
            throw new DomainException(new DomainError(
                "DeductionAgreement.NotSigned", "没有有效的扣款协议可撤销", $"Expected a signed agreement to revoke, but it is {Status}."));
        }

        Status = DeductionAgreementStatus.Revoked;
        RevokedAt = revokedAt;
        Raise(new DeductionAgreementRevoked(Id, PersonId, revokedAt));
    }
}
