using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>
/// Finding 5 of issue 10: no logout, refresh tokens that worked any number of times, and access tokens of locked
/// users that kept working until they expired.
/// </summary>
public sealed class SessionTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task Logout_EndsTheSession_ForItsAccessAndRefreshTokens()
    {
        // Given a signed-in user
        var (userName, _) = await CreateUserAsync();
        var tokens = await LoginAsync(userName);
        var client = WithToken(tokens.Access);

        // When they sign out
        var logout = await client.PostAsync("/api/auth/logout", null);

        // Then neither token works any more
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(tokens.Refresh)).StatusCode);
    }

    [Fact]
    public async Task Refresh_RevokesTheWholeFamily_WhenARefreshTokenIsUsedTwice()
    {
        // Given a session refreshed once: the first refresh token is spent, the second is current
        var (userName, _) = await CreateUserAsync();
        var first = await LoginAsync(userName);
        var rotated = await RefreshAsync(first.Refresh);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var second = await TokensOf(rotated);

        // When the spent one comes back (stolen, or replayed)
        var reuse = await RefreshAsync(first.Refresh);

        // Then it is refused, and so is everything the session issued since
        Assert.Equal(HttpStatusCode.Unauthorized, reuse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await RefreshAsync(second.Refresh)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(second.Access).GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task AccessToken_StopsWorkingWithinTheValidationInterval_WhenTheAccountIsLockedOrItsPasswordChanges()
    {
        // Given two signed-in users whose tokens work
        var (lockedName, _) = await CreateUserAsync();
        var (changedName, _) = await CreateUserAsync();
        var locked = WithToken((await LoginAsync(lockedName)).Access);
        var changed = WithToken((await LoginAsync(changedName)).Access);
        Assert.Equal(HttpStatusCode.OK, (await locked.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await changed.GetAsync("/api/me")).StatusCode);

        // When an administrator locks one and the other changes the password, and a minute passes
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync(lockedName))!, DateTimeOffset.MaxValue);
            var account = (await users.FindByNameAsync(changedName))!;
            Assert.True((await users.ChangePasswordAsync(account, ApiFactory.Password, "Changed@12345")).Succeeded);
        }

        factory.Time.Advance(TimeSpan.FromSeconds(61));

        // Then both access tokens are refused
        Assert.Equal(HttpStatusCode.Unauthorized, (await locked.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await changed.GetAsync("/api/me")).StatusCode);
    }

    private async Task<(string UserName, string Id)> CreateUserAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = "session-" + Guid.NewGuid().ToString("N")[..10], DisplayName = "会话测试" };
        Assert.True((await users.CreateAsync(user, ApiFactory.Password)).Succeeded);
        return (user.UserName, user.Id);
    }

    private async Task<(string Access, string Refresh)> LoginAsync(string userName)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName, password = ApiFactory.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TokensOf(response);
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    private static async Task<(string Access, string Refresh)> TokensOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    private HttpClient WithToken(string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
