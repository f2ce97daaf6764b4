namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>The bank side of an agreement: unlike <see cref="AgreementStatus"/> it holds the full card number.</summary>
internal sealed record StoredAgreement(
    string IdNumber,
    string PersonName,
    string BankCode,
    string AccountNumber,
    string AccountName,
    AgreementState State,
    DateTimeOffset SignedAt,
    DateTimeOffset? RevokedAt)
{
    public AgreementStatus ToStatus() =>
        new(IdNumber, State, BankCode, AccountMask.Mask(AccountNumber), SignedAt, RevokedAt);
}
