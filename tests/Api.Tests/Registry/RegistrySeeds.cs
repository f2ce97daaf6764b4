namespace SocialInsurance.Api.Tests.Registry;

/// <summary>Bodies for the registry simulator's seeding route, one per situation the rules distinguish.</summary>
public static class RegistrySeeds
{
    public static object FormerEmployee(string idNumber, int months = 84) => new
    {
        idNumber,
        enrollments = new[] { Enrollment("Employer", "6501", "乌鲁木齐市某某商贸有限公司", "Suspended") },
        employerMonths = months,
    };

    public static object EmployedNow(string idNumber) => new
    {
        idNumber,
        enrollments = new[] { Enrollment("Employer", "6501", "新疆某某建设集团有限公司", "Paying") },
        employerMonths = 36,
    };

    public static object Scheme(string idNumber, string scheme, string region) => new
    {
        idNumber,
        enrollments = new[] { Enrollment(scheme, region, null, "Paying") },
        employerMonths = 0,
    };

    public static object Pensioner(string idNumber) => new
    {
        idNumber,
        enrollments = Array.Empty<object>(),
        employerMonths = 180,
        pensionSince = "2025-01",
    };

    public static object Deceased(string idNumber) => new
    {
        idNumber,
        enrollments = Array.Empty<object>(),
        employerMonths = 0,
        diedOn = "2026-01-15",
    };

    private static object Enrollment(string scheme, string region, string? employer, string status) =>
        new { scheme, regionCode = region, employerName = employer, status, since = "2025-06" };
}
