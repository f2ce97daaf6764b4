namespace SocialInsurance.InsuranceRegistry;

public enum RegistryEnrollmentStatus
{
    /// <summary>参保缴费: contributions are being paid now.</summary>
    Paying,

    /// <summary>暂停缴费: the relationship exists but nobody pays (an employee who left the employer).</summary>
    Suspended,
}
