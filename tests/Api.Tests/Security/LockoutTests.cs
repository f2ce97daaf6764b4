using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>
/// Finding 4 of issue 10: a locked account answered "账户已锁定" while an unknown one answered "wrong password", and
/// anyone could lock anyone (administrators included) with five requests.
/// </summary>
public sealed class LockoutTests(AddressedApiFactory factory) : IClassFixture<AddressedApiFactory>
{
    [Fact]
    public async Task Login_AnswersAlike_ForARealAccountAndAnUnknownOne_AfterRepeatedFailures()
    {
        // Given five wrong passwords for a real account and for an unknown one, from one address
        var attacker = factory.ClientFrom("198.51.100.1");
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(attacker, "reviewer2", "wrong-password");
            await LoginAsync(attacker, "no-such-user", "wrong-password");
        }

        // When both are tried again
        var real = await LoginAsync(attacker, "reviewer2", "wrong-password");
        var unknown = await LoginAsync(attacker, "no-such-user", "wrong-password");

        // Then the answers cannot be told apart
        Assert.Equal(HttpStatusCode.Unauthorized, real.Status);
        Assert.Equal(unknown, real);
    }

    [Fact]
    public async Task Login_StillSignsIn_FromAnotherAddress_WhenSomeoneFailedFiveTimesForTheAccount()
    {
        // Given an attacker who sent five wrong passwords for the administrator
        var attacker = factory.ClientFrom("198.51.100.2");
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(attacker, "admin1", "wrong-password");
        }

        // When the administrator signs in from their own address, and the attacker tries the right password
        var owner = await LoginAsync(factory.ClientFrom("192.0.2.10"), "admin1", ApiFactory.Password);
        var guessed = await LoginAsync(attacker, "admin1", ApiFactory.Password);

        // Then the owner gets in, the attacker's address stays shut out
        Assert.Equal(HttpStatusCode.OK, owner.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, guessed.Status);
    }

    [Fact]
    public async Task Login_AnswersALockedAccountAsAWrongPassword()
    {
        // Given an account an administrator has locked
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var account = new AppUser { UserName = "locked-" + Guid.NewGuid().ToString("N")[..8], DisplayName = "x" };
            Assert.True((await users.CreateAsync(account, ApiFactory.Password)).Succeeded);
            await users.SetLockoutEndDateAsync(account, DateTimeOffset.MaxValue);
            var client = factory.ClientFrom("198.51.100.3");

            // When it is signed in to with its right password, and an unknown account with some password
            var locked = await LoginAsync(client, account.UserName, ApiFactory.Password);
            var unknown = await LoginAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], ApiFactory.Password);

            // Then the two answers are the same
            Assert.Equal(HttpStatusCode.Unauthorized, locked.Status);
            Assert.Equal(unknown, locked);
        }
    }

    private static async Task<(HttpStatusCode Status, string? Title, string? Detail)> LoginAsync(HttpClient client, string userName, string password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return (response.StatusCode, null, null);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode,
            problem.TryGetProperty("title", out var title) ? title.GetString() : null,
            problem.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
