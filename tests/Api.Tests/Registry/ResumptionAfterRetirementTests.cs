using System.Net;
using System.Net.Http.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>
/// 续保 past the statutory retirement month only as 延长缴费: allowed while the person is short of the minimum years,
/// refused with its reason once the minimum is met. applicant1 (a man born 1990-03) retires in 2053-03 under the 2025
/// reform, so the clock stands in 2054.
/// </summary>
public sealed class ResumptionAfterRetirementTests
{
    public sealed class Factory : ClockedApiFactory
    {
        public Factory() => Time.SetUtcNow(new DateTimeOffset(2054, 6, 1, 1, 0, 0, TimeSpan.Zero));

        protected override bool WithProcesses => true;
    }

    [Fact]
    public async Task Resumption_PastRetirement_IsAccepted_WhileShortOfTheMinimumYears()
    {
        // Given a former employee with 96 employer months (the minimum is 20 years)
        await using var factory = new Factory();
        await SeedFormerEmployeeAsync(factory, months: 96);
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var (_, response) = await Cases.SubmitAsync(applicant, Applicant.Resumption());

        // Then the case runs (延长缴费)
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resumption_PastRetirement_IsRefusedSayingWhy_WhenTheMinimumYearsAreMet()
    {
        // Given a former employee with 300 employer months, more than the minimum
        await using var factory = new Factory();
        await SeedFormerEmployeeAsync(factory, months: 300);
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var (_, response) = await Cases.SubmitAsync(applicant, Applicant.Resumption());

        // Then
        Assert.Contains("Resumption.RetirementAgeReached", await Cases.FieldErrorsAsync(response));
    }

    private static async Task SeedFormerEmployeeAsync(Factory factory, int months)
    {
        var admin = await factory.ClientForAsync("admin1");
        var seeded = await admin.PutAsJsonAsync("/api/simulators/registry/persons", RegistrySeeds.FormerEmployee(Cases.Applicant1, months));
        Assert.True(seeded.StatusCode == HttpStatusCode.OK, await seeded.Content.ReadAsStringAsync());
    }
}
