using System.Net;
using System.Net.Http.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>Only administrators read or edit the policy tables here; the public reference routes are open.</summary>
public sealed class PolicyRouteBoundaryTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/api/admin/policy" },
        { "GET", "/api/admin/policy/2021" },
        { "PUT", "/api/admin/policy/2030" },
        { "DELETE", "/api/admin/policy/2021" },
        { "GET", "/api/admin/holidays/2026" },
        { "PUT", "/api/admin/holidays/2030" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AdminPolicyRoute_Returns401_WhenAnonymous(string method, string path)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.SendAsync(Request(method, path));

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task AdminPolicyRoute_Returns403_ForApplicantAndReviewer(string method, string path)
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When
        var asApplicant = await applicant.SendAsync(Request(method, path));
        var asReviewer = await reviewer.SendAsync(Request(method, path));

        // Then nothing was changed either
        Assert.Equal(HttpStatusCode.Forbidden, asApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReviewer.StatusCode);
        var admin = await factory.ClientForAsync("admin1");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/policy/2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/policy/2030")).StatusCode);
    }

    [Theory]
    [InlineData("/api/reference/policy/2026")]
    [InlineData("/api/reference/holidays/2026")]
    public async Task ReferenceRoute_IsOpenToEveryone(string path)
    {
        // Given / When
        var response = await factory.CreateClient().GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method == "PUT" ? JsonContent.Create(PolicyBody.Valid()) : null,
    };
}
