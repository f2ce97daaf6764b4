namespace SocialInsurance.TaxBureau;

/// <summary>Mirrors the domain's DeductionAgreementStatus; kept separate so this project stays free of the domain.</summary>
public enum AgreementState
{
    NotSigned,
    Signed,
    Revoked,
}
