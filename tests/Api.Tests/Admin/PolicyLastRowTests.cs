using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>On a database holding only the seed rows (2021 and 2024).</summary>
public sealed class PolicyLastRowTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task DeletePolicy_Returns409_ForTheLastRow_AndKeepsIt()
    {
        // Given 2024 deleted, so 2021 is the last row
        var admin = await factory.ClientForAsync("admin1");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/admin/policy/2024")).StatusCode);

        // When
        var response = await admin.DeleteAsync("/api/admin/policy/2021");

        // Then
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/policy/2021")).StatusCode);
        Assert.Single(await AuditRows.OfAsync(factory, "policy.delete"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("不能删除", problem.GetProperty("detail").GetString());
    }
}
