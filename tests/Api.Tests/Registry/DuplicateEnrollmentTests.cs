using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>重复参保 against the national registry: who cannot enroll, what the checklist says, and a registry outage.</summary>
public sealed class DuplicateEnrollmentTests
{
    public static TheoryData<string, string> InsuredElsewhere => new()
    {
        { "employer", "Registry.EmployerPaying" },
        { "resident", "Registry.ResidentScheme" },
        { "public", "Registry.PublicInstitution" },
        { "province", "Registry.OtherProvince" },
        { "pension", "Registry.DrawingPension" },
        { "death", "Identity.Deceased" },
    };

    private static object Seed(string situation) => situation switch
    {
        "employer" => RegistrySeeds.EmployedNow(Cases.Applicant1),
        "resident" => RegistrySeeds.Scheme(Cases.Applicant1, "UrbanRuralResident", "6501"),
        "public" => RegistrySeeds.Scheme(Cases.Applicant1, "PublicInstitution", "6502"),
        "province" => RegistrySeeds.Scheme(Cases.Applicant1, "FlexibleEmployment", "4403"),
        "pension" => RegistrySeeds.Pensioner(Cases.Applicant1),
        _ => RegistrySeeds.Deceased(Cases.Applicant1),
    };

    [Theory]
    [MemberData(nameof(InsuredElsewhere))]
    public async Task SubmitNewEnrollment_IsRefused_WhenTheRegistryShowsInsuranceElsewhere(string situation, string code)
    {
        // Given
        await using var factory = new StoryApiFactory();
        await Cases.SeedAsync(factory, Seed(situation));
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var (id, response) = await Cases.SubmitNewEnrollmentAsync(applicant);

        // Then
        Assert.Contains(code, await Cases.FieldErrorsAsync(response));
        Assert.Equal("Draft", (await Applicant.GetAsync(applicant, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ValidateApplication_WritesTheChecklist_OneLinePerCheck()
    {
        // Given
        await using var factory = new StoryApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");

        // When
        var (_, response) = await Cases.SubmitNewEnrollmentAsync(applicant);
        var instance = await Cases.InstanceAsync(factory, await Cases.InstanceOfAsync(response));

        // Then
        var checks = instance.GetProperty("variables").GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(
            ["identity", "age", "duplicateEnrollment", "contributionBase", "materials", "declaration"],
            checks.Select(c => c.GetProperty("code").GetString()!).ToArray());
        Assert.All(checks, c => Assert.Equal("passed", c.GetProperty("outcome").GetString()));
        var contributionBase = checks.Single(c => c.GetProperty("code").GetString() == "contributionBase");
        Assert.Contains("1000.00", contributionBase.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Cases.Applicant1, instance.GetProperty("variables").GetProperty("checks").ToString(), StringComparison.Ordinal);
        Assert.True(instance.GetProperty("variables").GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task ValidateApplication_WaitsAtAnIncident_WhileTheRegistryIsOut_AndDecidesOnItsAnswerAfterRetry()
    {
        // Given the registry is down when the case is submitted
        await using var factory = new StoryApiFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var admin = await factory.ClientForAsync("admin1");
        Cases.Outage(factory, RegistryOutage.ServerError);

        // When
        var (id, response) = await Cases.SubmitNewEnrollmentAsync(applicant);
        var instanceId = await Cases.InstanceOfAsync(response);
        var waiting = await Cases.InstanceAsync(factory, instanceId);
        var whileWaiting = await Applicant.GetAsync(applicant, id);
        var retriedWhileOut = await admin.PostAsync($"/api/admin/incidents/{Cases.OpenIncidents(waiting)[0].GetProperty("id").GetGuid()}/retry", null);
        var stillWaiting = await Cases.InstanceAsync(factory, instanceId);
        await Cases.SeedAsync(factory, RegistrySeeds.EmployedNow(Cases.Applicant1));
        Cases.Outage(factory, RegistryOutage.None);
        var retried = await admin.PostAsync($"/api/admin/incidents/{Cases.OpenIncidents(stillWaiting)[0].GetProperty("id").GetGuid()}/retry", null);
        var decided = await Cases.InstanceAsync(factory, instanceId);
        var application = await Applicant.GetAsync(applicant, id);

        // Then: never a silent pass; the registry's answer decides once it is back
        var incident = Assert.Single(Cases.OpenIncidents(waiting));
        Assert.Equal("validateApplication", incident.GetProperty("elementId").GetString());
        Assert.Contains("registry", incident.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Submitted", whileWaiting.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, retriedWhileOut.StatusCode);
        Assert.Single(Cases.OpenIncidents(stillWaiting));
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Empty(Cases.OpenIncidents(decided));
        Assert.False(decided.GetProperty("variables").GetProperty("valid").GetBoolean());
        var duplicate = decided.GetProperty("variables").GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "duplicateEnrollment");
        Assert.Equal("failed", duplicate.GetProperty("outcome").GetString());
        Assert.Contains("新疆某某建设集团有限公司", duplicate.GetProperty("zh").GetString(), StringComparison.Ordinal);
        Assert.Contains(decided.GetProperty("variables").GetProperty("rejectionReasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "Registry.EmployerPaying");
        // An automatic rejection ends the case at once (Rejected → Completed): it was decided, not passed.
        Assert.Equal("Completed", application.GetProperty("status").GetString());
    }
}
