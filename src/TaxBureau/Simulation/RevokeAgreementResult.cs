namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>The outcome and the person's agreement status afterwards.</summary>
public sealed record RevokeAgreementResult(RevokeAgreementOutcome Outcome, AgreementStatus Agreement);
