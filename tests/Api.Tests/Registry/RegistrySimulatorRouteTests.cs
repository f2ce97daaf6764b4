using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>The administrator's routes that seed, read and clear what the simulated national registry holds.</summary>
public sealed class RegistrySimulatorRouteTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string IdNumber = "650102198506112444";

    [Fact]
    public async Task SeedRegistryPerson_StoresTheRecords_AndAnswersThemMasked_AuditedWithoutTheIdNumber()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var seeded = await admin.PutAsJsonAsync("/api/simulators/registry/persons", RegistrySeeds.FormerEmployee(IdNumber));
        var read = await admin.PostAsJsonAsync("/api/simulators/registry/persons/query", new { idNumber = IdNumber });

        // Then
        Assert.Equal(HttpStatusCode.OK, seeded.StatusCode);
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("6501**********2444", body.GetProperty("idNumber").GetString());
        Assert.Equal(84, body.GetProperty("employerMonths").GetInt32());
        var enrollment = Assert.Single(body.GetProperty("enrollments").EnumerateArray());
        Assert.Equal("Employer", enrollment.GetProperty("scheme").GetString());
        Assert.Equal("Suspended", enrollment.GetProperty("status").GetString());
        var audit = await AuditRows.OfAsync(factory, "simulator.registry.seed");
        Assert.Contains(audit, e => e.Target == "person:6501**********2444" && e.Actor == "admin1");
        Assert.DoesNotContain(audit, e => (e.Target + e.Details).Contains(IdNumber, StringComparison.Ordinal));
        Assert.NotEmpty(await AuditRows.OfAsync(factory, "simulator.registry.read"));
    }

    [Fact]
    public async Task SeedRegistryPerson_ReturnsEveryFieldError_AndChangesNothing()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var bad = new
        {
            idNumber = "650102199003071235",
            enrollments = new[] { new { scheme = "Employer", regionCode = "x", employerName = "", status = "Paying", since = "2025-13" } },
            employerMonths = -3,
        };

        // When
        var response = await admin.PutAsJsonAsync("/api/simulators/registry/persons", bad);
        var badId = await admin.PutAsJsonAsync("/api/simulators/registry/persons", new { idNumber = "650102199003071234", enrollments = Array.Empty<object>() });
        var read = await admin.PostAsJsonAsync("/api/simulators/registry/persons/query", new { idNumber = "650102199003071235" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("employerMonths", out _));
        Assert.True(errors.TryGetProperty("enrollments[0].regionCode", out _));
        Assert.True(errors.TryGetProperty("enrollments[0].employerName", out _));
        Assert.True(errors.TryGetProperty("enrollments[0].since", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badId.StatusCode);
        Assert.True((await badId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("idNumber", out _));
        Assert.Equal(0, (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("employerMonths").GetInt32());
    }

    [Fact]
    public async Task ClearRegistryPerson_ForgetsThePerson_ThenAnswers404()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        await admin.PutAsJsonAsync("/api/simulators/registry/persons", RegistrySeeds.Pensioner("650102199003071235"));

        // When
        var cleared = await admin.PostAsJsonAsync("/api/simulators/registry/persons/clear", new { idNumber = "650102199003071235" });
        var again = await admin.PostAsJsonAsync("/api/simulators/registry/persons/clear", new { idNumber = "650102199003071235" });

        // Then
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task RegistryRoutes_AreForAdministratorsOnly_AndDescribedInTheOpenApiDocument()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var anonymous = factory.CreateClient();

        // When
        var byApplicant = await applicant.PutAsJsonAsync("/api/simulators/registry/persons", RegistrySeeds.FormerEmployee(IdNumber));
        var byReviewer = await reviewer.PostAsJsonAsync("/api/simulators/registry/persons/query", new { idNumber = IdNumber });
        var byAnonymous = await anonymous.PutAsJsonAsync("/api/simulators/registry/outage", new { mode = "ServerError" });
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, byApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byAnonymous.StatusCode);
        var paths = document.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/simulators/registry/persons").TryGetProperty("put", out _));
        Assert.True(paths.GetProperty("/api/simulators/registry/persons/query").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/simulators/registry/persons/clear").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/simulators/registry/outage").TryGetProperty("put", out _));
    }
}
