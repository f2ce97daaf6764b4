namespace SocialInsurance.Domain.Reference;

/// <summary>A 险种 by its code in the 人社 system (110 = 企业职工基本养老保险).</summary>
public sealed record InsuranceType(string Code, string NameZh, string NameEn);
