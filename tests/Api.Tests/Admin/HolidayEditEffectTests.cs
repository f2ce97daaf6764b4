using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>A holiday an administrator adds moves the review deadline of the next case, without a restart.</summary>
public sealed class HolidayEditEffectTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    [Fact]
    public async Task AddedHoliday_MovesTheReviewDeadline_OfCasesSubmittedAfterIt()
    {
        // Given a case submitted on Monday 2026-03-02: ten working days end on Monday 2026-03-16
        var admin = await factory.ClientForAsync("admin1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var first = await SubmitNewEnrollmentAsync("applicant1", "张伟");
        var seeded = await admin.GetFromJsonAsync<JsonElement>("/api/admin/holidays/2026");

        // When Thursday 2026-03-05 is added as a holiday and a second case is submitted the same day
        var holidays = seeded.GetProperty("holidays").EnumerateArray()
            .Select(h => new { date = h.GetProperty("date").GetString(), name = h.GetProperty("name").GetString() })
            .Append(new { date = (string?)"2026-03-05", name = (string?)"测试假日" })
            .ToList();
        var saved = await admin.PutAsJsonAsync("/api/admin/holidays/2026", new { holidays, makeUpWorkingDays = seeded.GetProperty("makeUpWorkingDays") });
        var second = await SubmitNewEnrollmentAsync("applicant2", "李娜");

        // Then the second deadline is one working day later
        saved.EnsureSuccessStatusCode();
        Assert.Equal(new DateTimeOffset(2026, 3, 16, 23, 59, 59, TimeSpan.FromHours(8)), await DueAtAsync(reviewer, first));
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 23, 59, 59, TimeSpan.FromHours(8)), await DueAtAsync(reviewer, second));
        var publicView = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/reference/holidays/2026");
        Assert.Contains(publicView.GetProperty("holidays").EnumerateArray(), h => h.GetProperty("date").GetString() == "2026-03-05");
    }

    private async Task<Guid> SubmitNewEnrollmentAsync(string userName, string name)
    {
        var applicant = await factory.ClientForAsync(userName);
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(name: name));
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);
        return id;
    }

    private static async Task<DateTimeOffset> DueAtAsync(HttpClient reviewer, Guid applicationId)
    {
        var task = await Applicant.OfferedTaskAsync(reviewer, applicationId);
        return task.GetProperty("dueAt").GetDateTimeOffset();
    }
}
