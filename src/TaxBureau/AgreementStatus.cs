namespace SocialInsurance.TaxBureau;

/// <summary>
/// The bureau's view of one person's 税银协议. Only the masked account number ever leaves the bureau, so nothing
/// downstream (logs, lists, the engine's variables) can leak the full card number.
/// </summary>
public sealed record AgreementStatus(
    string IdNumber,
    AgreementState State,
    string? BankCode,
    string? AccountNumber,
    DateTimeOffset? SignedAt,
    DateTimeOffset? RevokedAt)
{
    public static AgreementStatus NotSigned(string idNumber) => new(idNumber, AgreementState.NotSigned, null, null, null, null);
}
