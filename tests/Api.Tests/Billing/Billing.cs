using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Tests.Support;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.TaxBureau.Simulation;

namespace SocialInsurance.Api.Tests.Billing;

/// <summary>The host's jobs and the embedded tax-bureau simulator, driven the way the schedules and the bureau would.</summary>
internal static class Billing
{
    public const string Applicant1 = "650102199003071235";
    public const string Applicant2 = "650102198506112444";
    public const string DeclaredCard = "6222021234567890123";
    public const string OtherCard = "6222029876543210987";

    /// <summary>02:00 China time on that day (the deadline job's schedule).</summary>
    public static DateTimeOffset At(int year, int month, int day) =>
        new DateTimeOffset(year, month, day, 2, 0, 0, ChinaTime.Offset).ToUniversalTime();

    public static async Task<AgreementPollingSummary> PollAgreementsAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AgreementPollingJob>().RunAsync(CancellationToken.None);
    }

    public static async Task<ContributionDeadlinesSummary> RunDeadlinesAsync(ApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContributionDeadlinesJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Moves the fake clock and signs the two users in again: a token lives an hour, and these tests jump weeks.
    /// </summary>
    public static async Task<(HttpClient Applicant, HttpClient Reviewer)> AtAsync(ClockedApiFactory factory, DateTimeOffset at, string applicant)
    {
        factory.Time.SetUtcNow(at);
        return (await SignInAsync(factory, applicant), await SignInAsync(factory, "reviewer1"));
    }

    private static async Task<HttpClient> SignInAsync(ApiFactory factory, string userName)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password = ApiFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static TaxBureauSimulator Bureau(ApiFactory factory) => factory.Services.GetRequiredService<TaxBureauSimulator>();

    public static JsonElement Period(JsonElement insurance, string period) =>
        insurance.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("period").GetString() == period);
}
