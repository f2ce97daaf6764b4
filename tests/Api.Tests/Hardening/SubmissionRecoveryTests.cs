using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Features.Applications;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Hardening;

/// <summary>
/// Found by the crash test (tests/Resilience.Tests): a submission killed after it took effect but before its response
/// was stored leaves its <c>Idempotency-Key</c> without an outcome. The client's retry with that key must learn that
/// its submission happened (202), not be told that the case "cannot be submitted" (409), and must start nothing twice.
/// </summary>
public sealed class SubmissionRecoveryTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    [Fact]
    public async Task SubmitApplication_Returns202WithTheOneInstance_WhenTheKeysFirstRequestDiedAfterSubmitting()
    {
        // Given a submission that took effect, and its key's reservation left without a response by the crash
        var applicant = await factory.ClientForAsync("applicant2");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: "李娜"));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        var key = "crashed-submit-" + Guid.NewGuid().ToString("N");
        await using (var db = await factory.Services.GetRequiredService<ApplicantDatabase>().OpenAsync(CancellationToken.None))
        {
            db.IdempotencyKeys.Add(new IdempotencyRecord { UserName = "applicant2", Key = key, RequestHash = "unknown", CreatedAt = factory.Time.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        // When the client retries with that key after the in-flight timeout
        factory.Time.Advance(TimeSpan.FromMinutes(5));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/submit");
        request.Headers.Add("Idempotency-Key", key);
        var retry = await applicant.SendAsync(request);

        // Then
        Assert.True(retry.StatusCode == HttpStatusCode.Accepted, await retry.Content.ReadAsStringAsync());
        var admin = await factory.ClientForAsync("admin1");
        var instances = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey={id:D}");
        Assert.Equal(1, instances.GetProperty("total").GetInt32());
        Assert.Equal(instances.GetProperty("items")[0].GetProperty("id").GetGuid(), (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid());
    }

    [Fact]
    public async Task SubmitApplication_Returns409_WhenAFreshKeySubmitsACaseUnderReview()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);

        // When
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{id}/submit");
        request.Headers.Add("Idempotency-Key", "fresh-" + Guid.NewGuid().ToString("N"));
        var again = await applicant.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }
}
