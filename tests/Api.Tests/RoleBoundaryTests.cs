using System.Net;
using System.Text;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class RoleBoundaryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> AdminAndTaskRoutes => new()
    {
        { "GET", "/api/admin/definitions" },
        { "GET", "/api/admin/instances" },
        { "GET", "/api/admin/incidents" },
        { "GET", "/api/admin/element-templates" },
        { "GET", "/api/tasks?scope=available" },
    };

    [Theory]
    [MemberData(nameof(AdminAndTaskRoutes))]
    public async Task ProtectedRoute_Returns401_WhenAnonymous(string method, string path)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(AdminAndTaskRoutes))]
    public async Task ProtectedRoute_Returns403_ForApplicant(string method, string path)
    {
        // Given
        var client = await factory.ClientForAsync("applicant1");

        // When
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AdminDeploy_Returns403_ForReviewer()
    {
        // Given
        var client = await factory.ClientForAsync("reviewer1");

        // When
        var response = await client.PostAsync("/api/admin/definitions",
            new StringContent(Bpmn.ReviewProcess("sneaky", "reviewers-65"), Encoding.UTF8, "application/xml"));

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HangfireDashboard_RefusesApplicant_AndAdmitsAdmin()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var admin = await factory.ClientForAsync("admin1");

        // When
        var refused = await applicant.GetAsync("/hangfire");
        var admitted = await admin.GetAsync("/hangfire");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
    }
}
