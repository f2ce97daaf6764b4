namespace SocialInsurance.TaxBureau.Wire;

/// <summary>An object rather than a bare array, so fields (paging, a server time) can be added without breaking clients.</summary>
public sealed record QueryResponse<T>(IReadOnlyList<T>? Items);
