using System.Net;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Telemetry;

public sealed class MetricsEndpointTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task Metrics_AreScrapedByAdministratorsOnly_WithEngineAndCaseMetrics()
    {
        // Given: one submission, so the engine and the cases have something to count
        var applicant = await factory.ClientForAsync("applicant1");
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        var admin = await factory.ClientForAsync("admin1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        using var anonymous = factory.CreateClient();

        // When
        var asAnonymous = await anonymous.GetAsync("/metrics");
        var asReviewer = await reviewer.GetAsync("/metrics");
        var asAdmin = await admin.GetAsync("/metrics");

        // Then
        Assert.Equal(HttpStatusCode.Unauthorized, asAnonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        var text = await asAdmin.Content.ReadAsStringAsync();
        Assert.Contains("workflow_steps_total{", text, StringComparison.Ordinal);
        Assert.Contains("workflow_step_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("cases_submissions_total{", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"Accepted\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", text, StringComparison.Ordinal);
    }
}
