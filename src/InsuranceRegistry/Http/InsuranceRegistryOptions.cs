using SocialInsurance.Gateways;
using SocialInsurance.InsuranceRegistry.Wire;

namespace SocialInsurance.InsuranceRegistry.Http;

/// <summary>
/// Bound from the configuration section <c>InsuranceRegistry</c>. One lookup runs inside the validation step of a
/// case, while the applicant's submit waits, so the defaults are shorter than the tax bureau's batch polling: a dead
/// registry costs a submit at most <see cref="GatewayOptions.TotalTimeout"/>, then the case waits at an incident.
/// </summary>
public sealed class InsuranceRegistryOptions : GatewayOptions
{
    public const string SectionName = "InsuranceRegistry";

    public InsuranceRegistryOptions()
    {
        AttemptTimeout = TimeSpan.FromSeconds(3);
        TotalTimeout = TimeSpan.FromSeconds(10);
        MaxRetries = 2;
        RetryBaseDelay = TimeSpan.FromMilliseconds(200);
    }

    public string PathPrefix { get; set; } = RegistryWire.DefaultPrefix;
}
