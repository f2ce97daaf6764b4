namespace SocialInsurance.Domain.Policy;

/// <summary>A public holiday (法定节假日 or a day of its 放假 block), named as the State Council notice names the block.</summary>
public sealed record Holiday(DateOnly Date, string Name);
