namespace SocialInsurance.TaxBureau.Simulation;

public enum RevokeAgreementOutcome
{
    Revoked,

    /// <summary>No agreement in force (never signed, or already revoked): the Api answers 404 or 409, not 500.</summary>
    NoValidAgreement,
}
