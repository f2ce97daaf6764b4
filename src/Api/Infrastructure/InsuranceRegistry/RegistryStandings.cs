using System.Globalization;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.InsuranceRegistry;

namespace SocialInsurance.Api.Infrastructure.InsuranceRegistry;

/// <summary>
/// The registry's answer in the domain's terms. The InsuranceRegistry project knows nothing of the domain (as the
/// tax bureau's does not), so the composition root translates here.
/// </summary>
public static class RegistryStandings
{
    public static async Task<RegistryStanding> LookUpAsync(this IInsuranceRegistry registry, ResidentIdNumber idNumber, CancellationToken ct) =>
        From(await registry.GetPersonAsync(idNumber.Value, ct));

    public static RegistryStanding From(RegistryPerson person) => new(
        [.. person.Enrollments.Select(e => new EnrollmentElsewhere(
            e.Scheme switch
            {
                RegistryScheme.Employer => ElsewhereScheme.Employer,
                RegistryScheme.FlexibleEmployment => ElsewhereScheme.FlexibleEmployment,
                RegistryScheme.UrbanRuralResident => ElsewhereScheme.UrbanRuralResident,
                _ => ElsewhereScheme.PublicInstitution,
            },
            e.RegionCode,
            e.EmployerName,
            e.Status == RegistryEnrollmentStatus.Paying))],
        person.EmployerMonths,
        person.PensionSince is { } since ? YearMonth.Parse(since) : null,
        person.DiedOn is { } died ? DateOnly.ParseExact(died, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
}
