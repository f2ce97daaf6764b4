using Polly.CircuitBreaker;
using Polly.Timeout;
using SocialInsurance.TaxBureau.Simulation;
using static SocialInsurance.TaxBureau.Tests.People;

namespace SocialInsurance.TaxBureau.Tests.Http;

/// <summary>
/// The failures a polling job must survive. Every wait here is the pipeline's own (millisecond back-off, a
/// sub-second attempt timeout); the tests never sleep.
/// </summary>
public sealed class HttpTaxBureauGatewayResilienceTests : IAsyncLifetime
{
    private SimulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await SimulatorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetAgreementStatuses_ThrowsUnavailableAfterRetries_WhenBureauAnswers500()
    {
        // Given a bureau that fails every request
        _server.Simulator.SetOutage(SimulatedOutage.ServerError);
        var gateway = _server.CreateGateway(new() { ["TaxBureau:MaxRetries"] = "2" });

        // When the gateway asks
        var error = await Assert.ThrowsAsync<TaxBureauUnavailableException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then it tried once and retried twice before giving up, reporting the 500
        Assert.Equal(3, _server.Requests);
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task GetDeductionResults_Recovers_WhenOutageEndsBeforeTheNextCall()
    {
        // Given a call that failed during an outage
        await _server.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        await _server.Simulator.RunDeductionBatchAsync("2026-03", [(Ayguli, 736.20m)]);
        var gateway = _server.CreateGateway();
        _server.Simulator.SetOutage(SimulatedOutage.ServerError);
        await Assert.ThrowsAsync<TaxBureauUnavailableException>(() => gateway.GetDeductionResultsAsync("2026-03", [Ayguli], CancellationToken.None));

        // When the bureau is back and the job asks again
        _server.Simulator.SetOutage(SimulatedOutage.None);
        var results = await gateway.GetDeductionResultsAsync("2026-03", [Ayguli], CancellationToken.None);

        // Then the result arrives, nothing lost
        Assert.Equal(DeductionOutcome.Succeeded, Assert.Single(results).Outcome);
    }

    [Fact]
    public async Task GetAgreementStatuses_ThrowsUnavailable_WhenBureauIsSlowerThanAttemptTimeout()
    {
        // Given a bureau that takes a minute, and an attempt timeout of a tenth of a second
        var gateway = _server.CreateGateway(new()
        {
            ["TaxBureau:AttemptTimeout"] = "00:00:00.100",
            ["TaxBureau:TotalTimeout"] = "00:00:05",
            ["TaxBureau:MaxRetries"] = "1",
        });
        var before = await WarmUpAsync(gateway);
        _server.Simulator.SetOutage(SimulatedOutage.Slow(TimeSpan.FromMinutes(1)));

        // When the gateway asks
        var error = await Assert.ThrowsAsync<TaxBureauUnavailableException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then the attempts timed out (the first and its one retry) and the job is told to come back later
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.InRange(_server.Requests - before, 1, 2);
    }

    [Fact]
    public async Task GetAgreementStatuses_ThrowsUnavailable_WhenTotalTimeoutEndsTheRetries()
    {
        // Given a slow bureau and a total budget that fits two attempts only, whatever the retry count
        var gateway = _server.CreateGateway(new()
        {
            ["TaxBureau:AttemptTimeout"] = "00:00:00.150",
            ["TaxBureau:TotalTimeout"] = "00:00:00.250",
            ["TaxBureau:MaxRetries"] = "10",
        });
        var before = await WarmUpAsync(gateway);
        _server.Simulator.SetOutage(SimulatedOutage.Slow(TimeSpan.FromMinutes(1)));

        // When the gateway asks
        var error = await Assert.ThrowsAsync<TaxBureauUnavailableException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then the total timeout stopped it long before ten retries. On a loaded machine the 250 ms budget can run out
        // before the first attempt reaches the simulator (CI once counted none), so none is as good as one or two here.
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.InRange(_server.Requests - before, 0, 2);
    }

    [Fact]
    public async Task GetAgreementStatuses_FailsFastWithoutCallingTheBureau_WhenCircuitIsOpen()
    {
        // Given a failing bureau and a breaker that opens after two failed attempts out of two
        _server.Simulator.SetOutage(SimulatedOutage.ServerError);
        var gateway = _server.CreateGateway(new()
        {
            ["TaxBureau:MaxRetries"] = "0",
            ["TaxBureau:CircuitMinimumThroughput"] = "2",
            ["TaxBureau:CircuitFailureRatio"] = "0.5",
            ["TaxBureau:CircuitBreakDuration"] = "00:01:00",
        });
        for (var i = 0; i < 2; i++)
        {
            await Assert.ThrowsAsync<TaxBureauUnavailableException>(() => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));
        }

        // When the bureau recovers but the circuit is still open
        _server.Simulator.SetOutage(SimulatedOutage.None);
        var error = await Assert.ThrowsAsync<TaxBureauUnavailableException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then the call fails at once without reaching the bureau
        Assert.IsAssignableFrom<BrokenCircuitException>(error.InnerException);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public async Task GetAgreementStatuses_ThrowsUnavailable_WhenNothingListens()
    {
        // Given a gateway pointed at a port where nothing listens
        var gateway = _server.CreateGateway(new() { ["TaxBureau:BaseAddress"] = "http://127.0.0.1:9/" });

        // When it asks
        var error = await Assert.ThrowsAsync<TaxBureauUnavailableException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then the refused connection reads as an outage
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task GetAgreementStatuses_PropagatesCancellation_WhenCallerCancels()
    {
        // Given a slow bureau
        _server.Simulator.SetOutage(SimulatedOutage.Slow(TimeSpan.FromMinutes(1)));
        var gateway = _server.CreateGateway();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // When the caller (a job being shut down) cancels
        // Then that is a cancellation, not an outage to retry later
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], cancellation.Token));
    }

    /// <summary>
    /// One successful call first, so that connecting and the server's first-request start-up are not what a
    /// sub-second attempt timeout measures. Returns the request count after it.
    /// </summary>
    /// <summary>
    /// Opens the gateway's connection (and signs a first request) before the outage. Under a heavy machine load the
    /// first call can exceed these tests' 150 ms budgets; the warm-up is not what they test, so it gets three tries.
    /// </summary>
    private async Task<int> WarmUpAsync(ITaxBureauGateway gateway)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None);
                return _server.Requests;
            }
            catch (TaxBureauUnavailableException) when (attempt < 3)
            {
                // cold start; try again
            }
        }
    }
}
