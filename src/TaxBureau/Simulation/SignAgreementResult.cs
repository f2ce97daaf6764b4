namespace SocialInsurance.TaxBureau.Simulation;

/// <summary>Either the agreement now in force, or every reason the bank refused it (nothing changed then).</summary>
public sealed record SignAgreementResult(AgreementStatus? Agreement, IReadOnlyList<SimulatorError> Errors)
{
    public bool IsSigned => Agreement is not null;

    internal static SignAgreementResult Signed(AgreementStatus agreement) => new(agreement, []);

    internal static SignAgreementResult Invalid(IReadOnlyList<SimulatorError> errors) => new(null, errors);
}
