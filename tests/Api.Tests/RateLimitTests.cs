using System.Net;
using System.Net.Http.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class TightLoginLimitFactory : ApiFactory
{
    protected override int LoginPermitLimit => 3;
}

public sealed class RateLimitTests(TightLoginLimitFactory factory) : IClassFixture<TightLoginLimitFactory>
{
    [Fact]
    public async Task Login_Returns429Problem_WhenAddressExceedsItsWindow()
    {
        // Given
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "x" });
        }

        // When
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin1", password = ApiFactory.Password });

        // Then
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Retry-After"));
    }
}
