namespace SocialInsurance.InsuranceRegistry.Wire;

public sealed record PersonQuery(string? IdNumber);
