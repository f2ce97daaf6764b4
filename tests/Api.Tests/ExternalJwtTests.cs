using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>
/// The host configured for an external authority with provider-specific claim names. The authority's metadata is
/// replaced by a static configuration holding a test signing key, so no request leaves the process.
/// </summary>
public sealed class ExternalJwtApiFactory : ApiFactory
{
    public const string Authority = "https://login.example.test/realms/si";
    public const string Audience = "si-api";

    public SymmetricSecurityKey SigningKey { get; } = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Authentication:Jwt:Authority", Authority);
        builder.UseSetting("Authentication:Jwt:Audience", Audience);
        builder.UseSetting("Authentication:Jwt:RoleClaim", "realm_roles");
        builder.UseSetting("Authentication:Jwt:GroupClaim", "grp");
        builder.UseSetting("Authentication:Jwt:IdNumberClaim", "sfzh");
        builder.ConfigureTestServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
            configuration.SigningKeys.Add(SigningKey);
            jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
        }));
    }

    public string Token(string name, string[] roles, string[]? groups = null, string? idNumber = null, SecurityKey? key = null, string audience = Audience)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = "sub-" + name,
            ["preferred_username"] = name,
            ["realm_roles"] = roles,
        };
        if (groups is not null)
        {
            claims["grp"] = groups;
        }

        if (idNumber is not null)
        {
            claims["sfzh"] = idNumber;
        }

        // The token's lifetime is checked by the JWT library against the wall clock (it takes no TimeProvider).
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(30),
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public HttpClient ClientWith(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

public sealed class ExternalJwtTests(ExternalJwtApiFactory factory) : IClassFixture<ExternalJwtApiFactory>
{
    [Fact]
    public async Task JwtReviewer_SeesTasksOfTheirGroup_AndCompletesOne()
    {
        // Given a task offered to reviewers-65 and a reviewer token from the authority with that group
        var (processKey, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        using var reviewer = factory.ClientWith(factory.Token("ext-reviewer", ["reviewer"], ["reviewers-65"]));

        // When
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer, processKey);
        var complete = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "approve" });

        // Then the journal names the external user
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        var done = await reviewer.GetFromJsonAsync<JsonElement>("/api/tasks?scope=done");
        Assert.Contains(done.GetProperty("items").EnumerateArray(), t => t.GetProperty("completedBy").GetString() == "ext-reviewer");
    }

    [Fact]
    public async Task JwtRoles_MapOntoTheSamePolicies()
    {
        using var admin = factory.ClientWith(factory.Token("ext-admin", ["admin"]));
        using var reviewer = factory.ClientWith(factory.Token("ext-reviewer2", ["reviewer"], ["reviewers-6501"]));
        using var nobody = factory.ClientWith(factory.Token("ext-nobody", ["auditor"]));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/admin/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await nobody.GetAsync("/api/tasks")).StatusCode);
        var me = await reviewer.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("ext-reviewer2", me.GetProperty("userName").GetString());
        Assert.Equal(["reviewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["reviewers-6501"], me.GetProperty("groups").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task JwtApplicant_GetsALinkedAccount_WithTheVouchedIdNumber()
    {
        // Given an applicant token carrying a verified ID number
        using var applicant = factory.ClientWith(factory.Token("ext-applicant", ["applicant"], idNumber: "650102198506112444"));

        // When they ask who they are, twice (the second request finds the linked account)
        var first = await applicant.GetFromJsonAsync<JsonElement>("/api/me");
        var second = await applicant.GetFromJsonAsync<JsonElement>("/api/me");

        // Then
        Assert.Equal("ext-applicant", first.GetProperty("userName").GetString());
        Assert.Equal(first.ToString(), second.ToString());
        Assert.EndsWith("2444", first.GetProperty("maskedIdNumber").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync("/api/applications")).StatusCode);
    }

    [Fact]
    public async Task JwtApplicant_NamedLikeALocalAccount_DoesNotBecomeIt()
    {
        using var applicant = factory.ClientWith(factory.Token("applicant1", ["applicant"], idNumber: "650102198506112444"));
        var me = await applicant.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.StartsWith("ext-", me.GetProperty("userName").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("other key")]
    [InlineData("other audience")]
    public async Task Jwt_NotFromTheAuthority_IsUnauthorized(string flaw)
    {
        var token = flaw == "other key"
            ? factory.Token("ext-admin", ["admin"], key: new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)))
            : factory.Token("ext-admin", ["admin"], audience: "someone-else");
        using var client = factory.ClientWith(token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/admin/definitions")).StatusCode);
    }

    [Fact]
    public async Task IdentityBearerTokens_KeepWorking_BesideTheAuthority()
    {
        var reviewer = await factory.ClientForAsync("reviewer1");
        var admin = await factory.ClientForAsync("admin1");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/tasks")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/definitions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.GetAsync("/api/admin/definitions")).StatusCode);
    }

    [Fact]
    public async Task NoToken_IsUnauthorized()
    {
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/tasks")).StatusCode);
    }
}
