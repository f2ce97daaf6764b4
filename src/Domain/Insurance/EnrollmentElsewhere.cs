namespace SocialInsurance.Domain.Insurance;

/// <summary>One relationship the national registry holds: scheme, 统筹区 code, employer, and whether it is paid now.</summary>
public sealed record EnrollmentElsewhere(ElsewhereScheme Scheme, string RegionCode, string? EmployerName, bool Paying)
{
    /// <summary>Xinjiang's GB/T 2260 codes start with 65 (DOMAIN-SOURCES §7); anything else is another province.</summary>
    public bool InXinjiang => RegionCode.StartsWith("65", StringComparison.Ordinal);

    /// <summary>企业职工 either way: the scheme flexible workers join, whose years add up (§8.2).</summary>
    public bool EnterpriseScheme => Scheme is ElsewhereScheme.Employer or ElsewhereScheme.FlexibleEmployment;
}
