using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.InsuranceRegistry;

namespace SocialInsurance.Api.Features.Simulators.Registry;

/// <summary>The checks and masking the registry routes share: a real ID number (check digit included) in, masked out.</summary>
internal static class RegistryPersonIds
{
    public static bool TryParse(string? text, out ResidentIdNumber id, out FieldErrors errors)
    {
        errors = new FieldErrors();
        if (ResidentIdNumber.TryCreate(text, out var parsed, out var error))
        {
            id = parsed;
            return true;
        }

        errors.Add("idNumber", error.Code, error.MessageZh, error.MessageEn);
        id = null!;
        return false;
    }

    /// <summary>What leaves the route: the record with the ID number masked, as every list and log shows it.</summary>
    public static RegistryPerson Masked(RegistryPerson person, ResidentIdNumber id) => person with { IdNumber = id.Masked };
}
