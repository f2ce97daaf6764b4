using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Testing;

namespace SocialInsurance.Api.Tests.Nodes;

/// <summary>
/// Two submissions of one application at the same moment without an <c>Idempotency-Key</c> (a double tap, a client
/// retry after a timeout, two nodes behind a load balancer): both are accepted and exactly one case process runs.
/// </summary>
public sealed class SubmitRaceTests
{
    [Fact]
    public async Task Submit_StartsExactlyOneInstance_WhenTwoSubmissionsRace_OnSqlite()
    {
        // Given
        await using var factory = new DatabaseApiFactory();

        // When / Then
        await RaceEachApplicantAsync(factory);
    }

    [SkippableFact]
    public async Task Submit_StartsExactlyOneInstance_WhenTwoSubmissionsRace_OnPostgreSql()
    {
        // Given
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var factory = new DatabaseApiFactory(database.ConnectionString);

        // When / Then
        await RaceEachApplicantAsync(factory);
    }

    /// <summary>One race per demo applicant (each may have only one open case), each submission on its own client.</summary>
    private static async Task RaceEachApplicantAsync(ApiFactory factory)
    {
        var admin = await factory.ClientForAsync("admin1");
        foreach (var (name, fullName) in new[] { ("applicant1", "张伟"), ("applicant2", "李娜") })
        {
            // Given
            var owner = await factory.ClientForAsync(name);
            var id = await Applicant.CreateAsync(owner, Applicant.NewEnrollment(name: fullName));
            await Applicant.UploadAllAsync(owner, id);
            var first = await factory.ClientForAsync(name);
            var second = await factory.ClientForAsync(name);

            // When
            var responses = await Task.WhenAll(
                Task.Run(() => first.PostAsync($"/api/applications/{id}/submit", null)),
                Task.Run(() => second.PostAsync($"/api/applications/{id}/submit", null)));

            // Then one started the case; the other either joined it (202 naming the same instance) or found the case
            // already under review (409) — never a second instance
            var accepted = responses.Where(r => r.StatusCode == HttpStatusCode.Accepted).ToList();
            Assert.NotEmpty(accepted);
            foreach (var response in responses.Except(accepted))
            {
                Assert.True(response.StatusCode == HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
            }

            var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={id:D}");
            Assert.Equal(1, instances.GetProperty("total").GetInt32());
            var instanceIds = new List<Guid>();
            foreach (var response in accepted)
            {
                instanceIds.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid());
            }

            Assert.Equal(instances.GetProperty("items")[0].GetProperty("id").GetGuid(), Assert.Single(instanceIds.Distinct()));
        }
    }
}
