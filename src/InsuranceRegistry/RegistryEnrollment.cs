namespace SocialInsurance.InsuranceRegistry;

/// <summary>
/// One pension-insurance relationship held somewhere: the scheme, the 统筹区 (GB/T 2260 code of 2 to 6 digits; a code
/// not starting with 65 is another province), the employer for the 企业职工 scheme, and whether contributions are
/// being paid now or 暂停 (suspended, e.g. after leaving the employer).
/// </summary>
/// <param name="Since">The month (<c>yyyy-MM</c>) the current status began, when known.</param>
public sealed record RegistryEnrollment(
    RegistryScheme Scheme,
    string RegionCode,
    string? EmployerName,
    RegistryEnrollmentStatus Status,
    string? Since);
