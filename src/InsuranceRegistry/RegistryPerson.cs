namespace SocialInsurance.InsuranceRegistry;

/// <summary>
/// Everything the registry holds about one person. <paramref name="EmployerMonths"/> is the total of months paid
/// through employers in the 企业职工 scheme (any province), which count together with flexible months (§8.2).
/// </summary>
/// <param name="PensionSince">The month (<c>yyyy-MM</c>) a pension began to be drawn, or null.</param>
/// <param name="DiedOn">A recorded death (<c>yyyy-MM-dd</c>), or null.</param>
public sealed record RegistryPerson(
    string IdNumber,
    IReadOnlyList<RegistryEnrollment> Enrollments,
    int EmployerMonths,
    string? PensionSince,
    string? DiedOn)
{
    public static RegistryPerson Unknown(string idNumber) => new(idNumber, [], 0, null, null);
}
