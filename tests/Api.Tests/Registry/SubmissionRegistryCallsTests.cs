using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.InsuranceRegistry;
using SocialInsurance.InsuranceRegistry.Simulation;

namespace SocialInsurance.Api.Tests.Registry;

/// <summary>
/// A submission asks the national registry once: the route's answer goes into the submission's step, so the step's
/// validation does not ask again while it holds the engine's writer.
/// </summary>
public sealed class SubmissionRegistryCallsTests
{
    [Fact]
    public async Task Submission_AsksTheRegistryOnce_ItsStepValidatesOnTheRoutesAnswer()
    {
        // Given
        await using var factory = new CountingRegistryFactory();
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment("6501"));
        await Applicant.UploadAllAsync(applicant, id);
        var before = factory.Registry.Calls;

        // When
        var response = await applicant.PostAsync($"/api/applications/{id}/submit", null);

        // Then
        var instanceId = await Cases.InstanceOfAsync(response);
        Assert.Equal(1, factory.Registry.Calls - before);
        var admin = await factory.ClientForAsync("admin1");
        var instance = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        Assert.True(instance.GetProperty("variables").GetProperty("valid").GetBoolean());
        var duplicate = instance.GetProperty("variables").GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "duplicateEnrollment");
        Assert.Equal("passed", duplicate.GetProperty("outcome").GetString());
    }

    private sealed class CountingRegistryFactory : ApiFactory
    {
        public CountingRegistry Registry { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Workflows:DefinitionsPath", StoryApiFactory.DefinitionsFolder());
            builder.ConfigureTestServices(services => services.AddSingleton<IInsuranceRegistry>(provider =>
            {
                Registry.Inner = new InProcessRegistry(provider.GetRequiredService<InsuranceRegistrySimulator>());
                return Registry;
            }));
        }
    }

    private sealed class CountingRegistry : IInsuranceRegistry
    {
        private int _calls;

        public IInsuranceRegistry? Inner { get; set; }

        public int Calls => Volatile.Read(ref _calls);

        public Task<RegistryPerson> GetPersonAsync(string idNumber, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            return Inner!.GetPersonAsync(idNumber, ct);
        }
    }
}
