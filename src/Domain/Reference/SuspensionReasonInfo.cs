namespace SocialInsurance.Domain.Reference;

/// <summary>How a <see cref="SuspensionReason"/> is coded and named.</summary>
public sealed record SuspensionReasonInfo(SuspensionReason Reason, string Code, string NameZh, string NameEn);
