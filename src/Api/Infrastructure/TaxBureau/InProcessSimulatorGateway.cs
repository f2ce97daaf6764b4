using SocialInsurance.TaxBureau;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Infrastructure.TaxBureau;

/// <summary>
/// The embedded default when no bureau address is configured: asks the simulator in this process directly. A host
/// calling itself over HTTP would depend on knowing its own address (unknown under a test server or behind a proxy);
/// the HTTP adapter is exercised against the simulator's wire endpoints in the TaxBureau tests and whenever
/// <c>TaxBureau:BaseAddress</c> is set. The simulator's outage switch applies here too, so outage tests still bite.
/// </summary>
public sealed class InProcessSimulatorGateway(TaxBureauSimulator simulator) : ITaxBureauGateway
{
    public Task<IReadOnlyList<AgreementStatus>> GetAgreementStatusesAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        ThrowIfOut();
        return simulator.GetAgreementStatusesAsync(idNumbers, ct);
    }

    public Task<IReadOnlyList<DeductionResult>> GetDeductionResultsAsync(string period, IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        ThrowIfOut();
        return simulator.GetDeductionResultsAsync(period, idNumbers, ct);
    }

    private void ThrowIfOut()
    {
        if (simulator.Outage.Mode != OutageMode.None)
        {
            throw new TaxBureauUnavailableException($"The simulated tax bureau is out ({simulator.Outage.Mode}).", null);
        }
    }
}
