using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>An edit of the current year's row applies at once, without a restart, wherever the policy is read.</summary>
public sealed class PolicyEditEffectTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task EditedUpperLimit_RefusesAHigherBaseOnSubmit_AndShowsOnTheReferenceRoute()
    {
        // Given a draft with base 5,000 (inside the seeded 2024 limits 4,999–24,996, which 2026 borrows) and the reference route read once (cached)
        var applicant = await factory.ClientForAsync("applicant1");
        var admin = await factory.ClientForAsync("admin1");
        var anonymous = factory.CreateClient();
        var draft = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(contributionBase: 5000m));
        await Applicant.UploadAllAsync(applicant, draft);
        var before = await anonymous.GetFromJsonAsync<JsonElement>("/api/reference/policy/2026");

        // When the administrator enters 2026 with an upper limit of 4,800
        var saved = await admin.PutAsJsonAsync("/api/admin/policy/2026", PolicyBody.Valid(upper: 4800m));
        var submit = await applicant.PostAsync($"/api/applications/{draft}/submit", null);
        var create = await applicant.PostAsJsonAsync("/api/applications", Applicant.NewEnrollment(contributionBase: 5000m));
        var reference = await anonymous.GetAsync("/api/reference/policy/2026");
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/policy");

        // Then
        Assert.True(before.GetProperty("isFallback").GetBoolean());
        Assert.Equal(24996m, before.GetProperty("baseUpperLimit").GetDecimal());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.True((await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("ContributionBase.OutOfRange", out _));
        Assert.Equal("Draft", (await Applicant.GetAsync(applicant, draft)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, create.StatusCode);
        Assert.Contains("4800", (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("contributionBase")[0].GetString());
        var after = await reference.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(after.GetProperty("isFallback").GetBoolean());
        Assert.Equal(4800m, after.GetProperty("baseUpperLimit").GetDecimal());
        Assert.Equal("public, max-age=60", reference.Headers.CacheControl?.ToString());
        Assert.Equal(JsonValueKind.Null, list.GetProperty("warningCode").ValueKind);
    }
}
