namespace SocialInsurance.Domain.Contributions;

/// <summary>The 个人委托扣款协议 (税银协议) as the tax bureau reports it (DOMAIN-SOURCES §6.3).</summary>
public enum DeductionAgreementStatus
{
    NotSigned,
    Signed,
    Revoked,
}
