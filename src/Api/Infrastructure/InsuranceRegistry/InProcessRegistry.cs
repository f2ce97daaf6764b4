using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Infrastructure.InsuranceRegistry;

/// <summary>
/// The embedded default when no registry address is configured: asks the simulator in this process directly (as the
/// tax bureau's <c>InProcessSimulatorGateway</c>, for the same reason: a host cannot rely on knowing its own address).
/// The HTTP adapter is exercised against the simulator's wire endpoint in the InsuranceRegistry tests and whenever
/// <c>InsuranceRegistry:BaseAddress</c> is set. The outage switch applies here too, so outage tests still bite.
/// </summary>
public sealed class InProcessRegistry(InsuranceRegistrySimulator simulator) : IInsuranceRegistry
{
    public Task<RegistryPerson> GetPersonAsync(string idNumber, CancellationToken ct)
    {
        if (simulator.Outage != RegistryOutage.None)
        {
            throw new InsuranceRegistryUnavailableException($"The simulated insurance registry is out ({simulator.Outage}).", null, 500);
        }

        return simulator.GetAsync(idNumber, ct);
    }
}
