namespace SocialInsurance.InsuranceRegistry.Tests;

/// <summary>Valid resident ID numbers (GB 11643 check digits), for records the registry holds.</summary>
internal static class People
{
    public const string FormerEmployee = "650102199003071235";
    public const string Other = "11010519491231002X";

    public static RegistryPerson LeftEmployer(string idNumber = FormerEmployee) => new(
        idNumber,
        [new RegistryEnrollment(RegistryScheme.Employer, "6501", "乌鲁木齐市某某商贸有限公司", RegistryEnrollmentStatus.Suspended, "2025-06")],
        84,
        null,
        null);
}
