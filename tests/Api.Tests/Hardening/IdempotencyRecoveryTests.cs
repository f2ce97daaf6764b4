using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// An <c>Idempotency-Key</c> whose request died with the process (a reservation with no outcome) must not block the
/// client's retry forever, and releasing it must never do the effect twice.
/// </summary>
public sealed class IdempotencyRecoveryTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task CreateApplication_RunsTheRetry_WhenTheKeysFirstRequestDiedBeforeItsEffect()
    {
        // Given a reservation left by a request that was killed before it created anything
        var applicant = await factory.ClientForAsync("applicant1");
        var key = "crash-" + Guid.NewGuid().ToString("N");
        await ReserveAsync("applicant1", key);
        var before = await CountAsync(applicant);

        // When the client retries after the in-flight timeout
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        var retry = await PostAsync(applicant, key);

        // Then
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(before + 1, await CountAsync(applicant));
    }

    [Fact]
    public async Task CreateApplication_Returns409_WhileTheKeysFirstRequestMayStillRun()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var key = "slow-" + Guid.NewGuid().ToString("N");
        await ReserveAsync("applicant1", key);

        // When
        var retry = await PostAsync(applicant, key);

        // Then
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);
    }

    [Fact]
    public async Task CreateApplication_StoresTheResponseWithTheEffect_SoAReplayNeverCreatesTwice()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var key = "once-" + Guid.NewGuid().ToString("N");
        var first = await PostAsync(applicant, key);
        var before = await CountAsync(applicant);

        // When the same request comes again long after
        factory.Time.Advance(TimeSpan.FromMinutes(30));
        var again = await PostAsync(applicant, key);

        // Then
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(before, await CountAsync(applicant));
        await using var db = await factory.Services.GetRequiredService<ApplicantDatabase>().OpenAsync(CancellationToken.None);
        Assert.Equal(201, db.IdempotencyKeys.Single(r => r.Key == key).StatusCode);
    }

    private async Task ReserveAsync(string userName, string key)
    {
        await using var db = await factory.Services.GetRequiredService<ApplicantDatabase>().OpenAsync(CancellationToken.None);
        db.IdempotencyKeys.Add(new IdempotencyRecord { UserName = userName, Key = key, RequestHash = "unknown", CreatedAt = factory.Time.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(Applicant.Suspension()) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<int> CountAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/applications")).GetArrayLength();
}
