using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Jobs;

namespace SocialInsurance.Api.Tests.Applications;

/// <summary>
/// The three services end to end through HTTP, on the repository's real processes: enrol, suspend, resume. One
/// test, because each stage needs the record the previous one left (applicant1 is one person).
/// </summary>
public sealed class ApplicationStoryTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task Applicant_EnrolsSuspendsAndResumes_ThroughReviewAgreementAndPolling()
    {
        // Given
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When: new enrollment
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var underReview = await Applicant.GetAsync(applicant, enrollment);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", enrollment);
        var waiting = await Applicant.GetAsync(applicant, enrollment);
        var signed = await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "102", accountNumber = "6222021234567890123" });
        var summary = await RunPollingAsync();
        var completed = await Applicant.GetAsync(applicant, enrollment);
        var insurance = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then
        Assert.Equal("UnderReview", underReview.GetProperty("status").GetString());
        Assert.Equal("SignAgreement", waiting.GetProperty("nextAction").GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.Created, signed.StatusCode);
        Assert.Equal(1, summary.Resumed);
        Assert.Equal("Completed", completed.GetProperty("status").GetString());
        var review = completed.GetProperty("timeline").EnumerateArray().Single(s => s.GetProperty("elementId").GetString() == "reviewApplication");
        Assert.Equal("审核申请", review.GetProperty("nameZh").GetString());
        Assert.Equal("Review application", review.GetProperty("nameEn").GetString());
        Assert.Equal("completed", review.GetProperty("status").GetString());
        Assert.Equal("reviewer", review.GetProperty("actorRole").GetString());
        Assert.Equal("材料齐全，同意", review.GetProperty("comment").GetString());
        Assert.DoesNotContain("reviewer1", completed.GetProperty("timeline").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(completed.GetProperty("timeline").EnumerateArray(), s => s.GetProperty("elementId").GetString() is "agreementScopeStart" or "agreementScopeEnd");
        Assert.Equal("Active", insurance.GetProperty("status").GetString());
        Assert.Equal(1000m, insurance.GetProperty("monthlyAmount").GetDecimal());
        Assert.Equal("Signed", insurance.GetProperty("agreementStatus").GetString());

        // When: suspension
        var suspension = await Applicant.CreateAsync(applicant, Applicant.Suspension());
        await Applicant.SubmitAsync(applicant, suspension);
        await Applicant.ApproveAsync(reviewer, "suspension", suspension);
        var suspended = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then
        Assert.Equal("Completed", (await Applicant.GetAsync(applicant, suspension)).GetProperty("status").GetString());
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());

        // When: resumption (the agreement is already signed, so the poller resumes it at once)
        var resumption = await Applicant.CreateAsync(applicant, Applicant.Resumption());
        await Applicant.SubmitAsync(applicant, resumption);
        await Applicant.ApproveAsync(reviewer, "resumption", resumption);
        await RunPollingAsync();
        var resumed = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");
        var list = await applicant.GetFromJsonAsync<JsonElement>("/api/applications");
        var notifications = await applicant.GetFromJsonAsync<JsonElement>("/api/me/notifications");

        // Then
        Assert.Equal("Completed", (await Applicant.GetAsync(applicant, resumption)).GetProperty("status").GetString());
        Assert.Equal("Active", resumed.GetProperty("status").GetString());
        Assert.Equal(6000m, resumed.GetProperty("contributionBase").GetDecimal());
        Assert.Equal([resumption, suspension, enrollment], list.EnumerateArray().Select(a => a.GetProperty("id").GetGuid()).ToArray());
        Assert.DoesNotContain("650102199003071235", list.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", list.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("6222021234567890123", list.ToString(), StringComparison.Ordinal);
        Assert.True(notifications.GetArrayLength() > 0);
    }

    private async Task<AgreementPollingSummary> RunPollingAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementPollingJob>().RunAsync(CancellationToken.None);
    }
}
