namespace SocialInsurance.Domain.Contributions;

/// <summary>缴费方式: the applicant chooses how often the tax bureau deducts (DOMAIN-SOURCES §3.2).</summary>
public enum PaymentFrequency
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}
