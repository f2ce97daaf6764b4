using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed partial class PlatformTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task OpenApiDocument_ListsEveryApiRoute()
    {
        // Given
        var client = factory.CreateClient();
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + Constraint().Replace(e.RoutePattern.RawText!.TrimStart('/'), "{$1}").TrimEnd('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Distinct()
            .ToArray();

        // When
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        // Then
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();
        Assert.NotEmpty(routes);
        Assert.All(routes, route => Assert.Contains(route, paths));
    }

    [Fact]
    public async Task ReferenceRegions_AreAnonymousAndPubliclyCacheable()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/api/reference/regions");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        var regions = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(regions.EnumerateArray(), r => r.GetProperty("code").GetString() == "6501" && r.GetProperty("nameZh").GetString() == "乌鲁木齐市");
    }

    [Theory]
    [InlineData("/api/reference/insurance-types", "110")]
    [InlineData("/api/reference/banks", "ICBC")]
    [InlineData("/api/reference/suspension-reasons", "01")]
    [InlineData("/api/reference/payment-frequencies", "Monthly")]
    public async Task ReferenceList_ContainsCodedItems(string path, string code)
    {
        // Given
        var client = factory.CreateClient();

        // When
        var items = await client.GetFromJsonAsync<JsonElement>(path);

        // Then
        Assert.Contains(items.EnumerateArray(), i => i.GetProperty("code").GetString() == code && i.GetProperty("nameEn").GetString()!.Length > 0);
    }

    [Fact]
    public async Task ReferencePolicy_FallsBackToLatestYear_WhenYearHasNoRow()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var policy = await client.GetFromJsonAsync<JsonElement>("/api/reference/policy/2030");

        // Then
        Assert.True(policy.GetProperty("isFallback").GetBoolean());
        Assert.Equal(2024, policy.GetProperty("effectiveYear").GetInt32());
        Assert.Equal(0.2m, policy.GetProperty("rate").GetDecimal());
        // The fallback warning is for administrators only; applicants' forms read this route.
        Assert.False(policy.TryGetProperty("warningZh", out _));
        Assert.DoesNotContain("暂按", policy.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Responses_CarrySecurityHeaders()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/api/reference/regions");

        // Then
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
    }

    [Fact]
    public async Task HealthReady_Returns200_WhenDatabaseAnswers()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/health/ready");

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_ReturnsProblemDetails()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var response = await client.GetAsync("/api/nothing-here");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex Constraint();

    [Fact]
    public async Task Studio_IsServedAtTheRoot_AndDeepLinksLoadTheApp_ButUnknownApiRoutesStayProblems()
    {
        // Given
        var client = factory.CreateClient();

        // When
        var root = await client.GetAsync("/");
        var deepLink = await client.GetAsync("/tasks/0190c4a2-0000-7000-8000-000000000000");
        var unknownApi = await client.GetAsync("/api/no-such-route");

        // Then
        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Contains("<div id=\"root\"", await root.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, deepLink.StatusCode);
        Assert.Equal("text/html", deepLink.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknownApi.StatusCode);
        Assert.NotEqual("text/html", unknownApi.Content.Headers.ContentType?.MediaType);
    }
}
