using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>Steps the registry tests share: seeding, submitting a case, reading its instance as an administrator.</summary>
internal static class Cases
{
    public const string Applicant1 = "650102199003071235";

    public static async Task SeedAsync(StoryApiFactory factory, object body)
    {
        var admin = await factory.ClientForAsync("admin1");
        var response = await admin.PutAsJsonAsync("/api/simulators/registry/persons", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static void Outage(StoryApiFactory factory, RegistryOutage outage) =>
        factory.Services.GetRequiredService<InsuranceRegistrySimulator>().SetOutage(outage);

    /// <summary>Creates a 新参保 with every material and submits it; the raw response, so a test can assert a refusal.</summary>
    public static async Task<(Guid Id, HttpResponseMessage Response)> SubmitNewEnrollmentAsync(HttpClient applicant, string region = "6501")
    {
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region));
        await Applicant.UploadAllAsync(applicant, id);
        return (id, await applicant.PostAsync($"/api/applications/{id}/submit", null));
    }

    public static async Task<(Guid Id, HttpResponseMessage Response)> SubmitAsync(HttpClient applicant, object body)
    {
        var id = await Applicant.CreateAsync(applicant, body);
        return (id, await applicant.PostAsync($"/api/applications/{id}/submit", null));
    }

    public static async Task<Guid> InstanceOfAsync(HttpResponseMessage submitted)
    {
        Assert.True(submitted.StatusCode == HttpStatusCode.Accepted, await submitted.Content.ReadAsStringAsync());
        return (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    public static async Task<JsonElement> InstanceAsync(StoryApiFactory factory, Guid instanceId)
    {
        var admin = await factory.ClientForAsync("admin1");
        return await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
    }

    public static JsonElement[] OpenIncidents(JsonElement instance) =>
        [.. instance.GetProperty("incidents").EnumerateArray().Where(i => i.GetProperty("resolvedAt").ValueKind == JsonValueKind.Null)];

    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
