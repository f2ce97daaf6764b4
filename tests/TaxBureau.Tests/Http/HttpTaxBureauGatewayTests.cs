using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialInsurance.TaxBureau.Http;
using static SocialInsurance.TaxBureau.Tests.People;

namespace SocialInsurance.TaxBureau.Tests.Http;

public sealed class HttpTaxBureauGatewayTests : IAsyncLifetime
{
    private SimulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await SimulatorServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetAgreementStatuses_ReturnsWhatTheBureauHolds_OverHttp()
    {
        // Given one signed, one revoked and one unknown person at the bureau
        var signed = (await _server.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName)).Agreement!;
        await _server.Simulator.SignAgreementAsync(Wang, WangName, Icbc, AccountB, WangName);
        var revoked = (await _server.Simulator.RevokeAgreementAsync(Wang)).Agreement;
        var gateway = _server.CreateGateway();

        // When the gateway asks for all three
        var statuses = await gateway.GetAgreementStatusesAsync([Ayguli, Wang, Maimaiti], CancellationToken.None);

        // Then the round trip keeps every field, with the account still masked
        Assert.Equal([signed, revoked, AgreementStatus.NotSigned(Maimaiti)], statuses);
        Assert.Equal("6222***********0123", statuses[0].AccountNumber);
    }

    [Fact]
    public async Task GetDeductionResults_ReturnsBatchResults_OverHttp()
    {
        // Given a deduction batch for March: one success, one without agreement
        await _server.Simulator.SignAgreementAsync(Ayguli, AyguliName, Icbc, AccountA, AyguliName);
        var batch = await _server.Simulator.RunDeductionBatchAsync("2026-03", [(Ayguli, 736.20m), (Wang, 736.20m)]);
        var gateway = _server.CreateGateway();

        // When the gateway asks for them and for someone outside the batch
        var results = await gateway.GetDeductionResultsAsync("2026-03", [Ayguli, Wang, Maimaiti], CancellationToken.None);

        // Then the results match the bureau's, amounts exact, and the outsider is NotAttempted
        Assert.Equal([batch[0], batch[1], DeductionResult.NotAttempted(Maimaiti, "2026-03")], results);
        Assert.Equal(736.20m, results[0].Amount);
    }

    [Fact]
    public async Task GetAgreementStatuses_SplitsIntoBatches_WhenListExceedsBatchSize()
    {
        // Given a batch size of two
        var gateway = _server.CreateGateway(new() { ["TaxBureau:BatchSize"] = "2" });
        var people = Enumerable.Range(0, 5).Select(i => $"65010219900101{i:D3}1").ToList();

        // When five people are asked for
        var statuses = await gateway.GetAgreementStatusesAsync(people, CancellationToken.None);

        // Then three requests carried them, and every person is answered in order
        Assert.Equal(3, _server.Requests);
        Assert.Equal(people, statuses.Select(s => s.IdNumber));
    }

    [Fact]
    public async Task GetAgreementStatuses_ThrowsRequestExceptionWithoutRetrying_WhenBureauRejectsTheQuery()
    {
        // Given a query the bureau refuses (a blank ID number)
        var gateway = _server.CreateGateway();

        // When it is sent
        var error = await Assert.ThrowsAsync<TaxBureauRequestException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli, " "], CancellationToken.None));

        // Then it is a bad request, not an outage, and it was not retried
        Assert.Equal(400, error.StatusCode);
        Assert.Contains("non-empty", error.Detail, StringComparison.Ordinal);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public async Task GetDeductionResults_Throws_WhenPeriodIsNotYearMonth()
    {
        // Given a gateway
        var gateway = _server.CreateGateway();

        // When / Then a malformed period never leaves the process
        await Assert.ThrowsAsync<ArgumentException>(() => gateway.GetDeductionResultsAsync("2026/03", [Ayguli], CancellationToken.None));
        Assert.Equal(0, _server.Requests);
    }

    [Fact]
    public async Task GetAgreementStatuses_ThrowsRequestException_WhenSignedWithAnotherSecret()
    {
        // Given a gateway whose secret is not the bureau's
        var gateway = _server.CreateGateway(new() { ["TaxBureau:Credential:Secret"] = "another-secret-0123456789-abcdefghijk" });

        // When it asks
        var error = await Assert.ThrowsAsync<TaxBureauRequestException>(
            () => gateway.GetAgreementStatusesAsync([Ayguli], CancellationToken.None));

        // Then the bureau refuses it as unauthenticated, and the adapter does not retry a refusal
        Assert.Equal(401, error.StatusCode);
        Assert.Equal(1, _server.Requests);
    }

    [Fact]
    public void AddTaxBureauGateway_FailsAtStart_WhenNoSecretIsConfigured()
    {
        // Given an address but no credential
        var services = new ServiceCollection();
        services.AddTaxBureauGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TaxBureau:BaseAddress"] = "http://127.0.0.1:9/",
        }).Build());
        using var provider = services.BuildServiceProvider();

        // When the options are read
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaxBureauOptions>>().Value);

        // Then the missing secret is named
        Assert.Contains(error.Failures, f => f.Contains("Credential:Secret", StringComparison.Ordinal));
    }

    [Fact]
    public void AddTaxBureauGateway_FailsWithEveryProblemNamed_WhenSettingsAreWrong()
    {
        // Given settings without a base address and with a total timeout shorter than an attempt
        var services = new ServiceCollection();
        services.AddTaxBureauGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TaxBureau:AttemptTimeout"] = "00:00:10",
            ["TaxBureau:TotalTimeout"] = "00:00:05",
        }).Build());
        using var provider = services.BuildServiceProvider();

        // When the options are read
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaxBureauOptions>>().Value);

        // Then both problems are named
        Assert.Contains(error.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("TotalTimeout", StringComparison.Ordinal));
    }
}
