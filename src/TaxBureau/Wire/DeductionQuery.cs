namespace SocialInsurance.TaxBureau.Wire;

public sealed record DeductionQuery(string? Period, IReadOnlyList<string>? IdNumbers);
