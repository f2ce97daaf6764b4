using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using SocialInsurance.InsuranceRegistry.Http;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.InsuranceRegistry.Tests.Http;

public sealed class HttpInsuranceRegistryTests
{
    [Fact]
    public async Task GetPerson_ReturnsTheSeededRecord_OverTheWire()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        await server.Simulator.SeedAsync(People.LeftEmployer());
        var gateway = server.CreateGateway();

        // When
        var person = await gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None);
        var unknown = await gateway.GetPersonAsync("11010519491231002x", CancellationToken.None);

        // Then
        Assert.Equal(People.FormerEmployee, person.IdNumber);
        Assert.Equal(84, person.EmployerMonths);
        Assert.Equal(People.LeftEmployer().Enrollments, person.Enrollments);
        Assert.Equal(People.Other, unknown.IdNumber);
        Assert.Empty(unknown.Enrollments);
    }

    [Fact]
    public async Task GetPerson_IsUnavailable_AfterOnePlusMaxRetriesRequests_WhenTheRegistryFails()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        server.Simulator.SetOutage(RegistryOutage.ServerError);
        var gateway = server.CreateGateway();

        // When
        var failure = await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));

        // Then
        Assert.Equal(500, failure.StatusCode);
        Assert.Equal(3, server.Requests);
        Assert.DoesNotContain(People.FormerEmployee, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPerson_Answers_AfterTheRegistryRecovers()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        await server.Simulator.SeedAsync(People.LeftEmployer());
        server.Simulator.SetOutage(RegistryOutage.ServerError);
        var gateway = server.CreateGateway();
        await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));

        // When
        server.Simulator.SetOutage(RegistryOutage.None);
        var person = await gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None);

        // Then
        Assert.Equal(84, person.EmployerMonths);
    }

    [Fact]
    public async Task GetPerson_TimesOut_WhenTheRegistryIsSlow()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        server.Simulator.SetOutage(RegistryOutage.Delay);
        var gateway = server.CreateGateway(new()
        {
            ["InsuranceRegistry:AttemptTimeout"] = "00:00:00.100",
            ["InsuranceRegistry:TotalTimeout"] = "00:00:00.250",
            ["InsuranceRegistry:MaxRetries"] = "0",
        });

        // When / Then
        await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));
    }

    [Fact]
    public async Task GetPerson_FailsFast_WhenTheCircuitIsOpen()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        server.Simulator.SetOutage(RegistryOutage.ServerError);
        var gateway = server.CreateGateway(new()
        {
            ["InsuranceRegistry:MaxRetries"] = "0",
            ["InsuranceRegistry:CircuitMinimumThroughput"] = "2",
            ["InsuranceRegistry:CircuitFailureRatio"] = "1",
        });
        await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));
        await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));
        var before = server.Requests;

        // When
        var failure = await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(() => gateway.GetPersonAsync(People.FormerEmployee, CancellationToken.None));

        // Then
        Assert.IsType<BrokenCircuitException>(failure.InnerException);
        Assert.Equal(before, server.Requests);
    }

    [Fact]
    public async Task GetPerson_IsUnavailable_WhenNobodyListens()
    {
        // Given
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInsuranceRegistryGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["InsuranceRegistry:BaseAddress"] = "http://127.0.0.1:1/",
            ["InsuranceRegistry:MaxRetries"] = "0",
        }).Build());
        await using var provider = services.BuildServiceProvider();

        // When / Then
        await Assert.ThrowsAsync<InsuranceRegistryUnavailableException>(
            () => provider.GetRequiredService<IInsuranceRegistry>().GetPersonAsync(People.FormerEmployee, CancellationToken.None));
    }

    [Fact]
    public async Task GetPerson_RefusesAMalformedIdNumber_BeforeSendingAnything()
    {
        // Given
        await using var server = await RegistryServer.StartAsync();
        var gateway = server.CreateGateway();

        // When / Then
        await Assert.ThrowsAsync<ArgumentException>(() => gateway.GetPersonAsync("12345", CancellationToken.None));
        Assert.Equal(0, server.Requests);
    }

    [Fact]
    public void Options_NameEveryWrongSetting_AtStart()
    {
        // Given
        var services = new ServiceCollection();
        services.AddInsuranceRegistryGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["InsuranceRegistry:AttemptTimeout"] = "00:00:05",
            ["InsuranceRegistry:TotalTimeout"] = "00:00:01",
            ["InsuranceRegistry:MaxRetries"] = "11",
        }).Build());
        using var provider = services.BuildServiceProvider();

        // When
        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<InsuranceRegistryOptions>>().Value);

        // Then
        Assert.Contains(failure.Failures, f => f.Contains("BaseAddress", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("TotalTimeout", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("MaxRetries", StringComparison.Ordinal));
    }
}
