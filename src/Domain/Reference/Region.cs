namespace SocialInsurance.Domain.Reference;

/// <summary>A 参保统筹区 with the names shown to applicants (Chinese) and to English-reading staff.</summary>
public sealed record Region(RegionCode Code, string NameZh, string NameEn);
