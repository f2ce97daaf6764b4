using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class AuthTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Login_ReturnsBearerTokens_WhenCredentialsAreRight()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer1", password = ApiFactory.Password });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
    }

    [Fact]
    public async Task Login_Returns401Problem_WhenPasswordIsWrong()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "reviewer2", password = "wrong-password" });

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_ShutsOutTheAddress_AfterFiveFailuresInARow()
    {
        // Given
        var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "applicant2", password = "wrong-password" });
        }

        // When
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "applicant2", password = ApiFactory.Password });

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("登录失败次数过多", problem.GetProperty("title").GetString());
        Assert.Equal("auth.shutOut", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refresh_ReturnsNewAccessToken_WhenRefreshTokenIsValid()
    {
        // Given
        var client = factory.CreateClient();
        var login = await (await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ApiFactory.Password }))
            .Content.ReadFromJsonAsync<JsonElement>();

        // When
        var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("not-a-token")]
    public async Task Refresh_Answers401WithTheRefreshCode_WhenTheTokenIsMissingOrForged(string? refreshToken)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("auth.refreshInvalid", body.GetProperty("code").GetString());
        Assert.Equal("刷新令牌无效或已过期", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Me_ReturnsMaskedIdNumber_ForApplicant()
    {
        // Given
        var client = await factory.ClientForAsync("applicant1");

        // When
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        // Then
        Assert.Equal("applicant1", me.GetProperty("userName").GetString());
        Assert.Equal(["applicant"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("6501**********1235", me.GetProperty("maskedIdNumber").GetString());
    }

    [Theory]
    [InlineData("reviewer1", "reviewer", "reviewers-65")]
    [InlineData("reviewer2", "reviewer", "reviewers-6501")]
    public async Task Me_ReturnsRoleAndGroups_ForReviewer(string userName, string role, string group)
    {
        // Given
        var client = await factory.ClientForAsync(userName);

        // When
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        // Then
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([group], me.GetProperty("groups").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(JsonValueKind.Null, me.GetProperty("maskedIdNumber").ValueKind);
    }

    [Fact]
    public async Task Me_ReturnsAdminRole_ForAdministrator()
    {
        // Given
        var client = await factory.ClientForAsync("admin1");

        // When
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        // Then
        Assert.Equal(["admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
