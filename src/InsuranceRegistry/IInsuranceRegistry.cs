namespace SocialInsurance.InsuranceRegistry;

/// <summary>
/// The national social-insurance registry (全国社会保险参保信息) as this service sees it: what a person holds outside
/// our own tables. A real office looks a person up here before it registers anyone (duplicate enrollment, DOMAIN-SOURCES
/// §1.11) and to learn the employer months that count towards the minimum (§8.2). The call only reads, so a caller
/// that fails half-way simply asks again.
/// </summary>
public interface IInsuranceRegistry
{
    /// <summary>
    /// The person's records by resident ID number (the social-security number, §1.2). A person the registry has never
    /// seen comes back with no enrollments, no employer months, no pension and no death: "unknown" is an answer.
    /// </summary>
    /// <exception cref="InsuranceRegistryUnavailableException">timeouts, 5xx, open circuit: try again later.</exception>
    /// <exception cref="InsuranceRegistryRequestException">the registry refused the request itself: retrying will not help.</exception>
    Task<RegistryPerson> GetPersonAsync(string idNumber, CancellationToken ct);
}
