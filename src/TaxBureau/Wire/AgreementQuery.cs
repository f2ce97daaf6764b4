namespace SocialInsurance.TaxBureau.Wire;

public sealed record AgreementQuery(IReadOnlyList<string>? IdNumbers);
