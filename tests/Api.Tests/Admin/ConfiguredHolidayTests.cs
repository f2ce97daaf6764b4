using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Admin;

/// <summary>The <c>Cases:Holidays</c> setting still counts, as an addition to the calendar administrators edit.</summary>
public sealed class ConfiguredHolidayTests(ConfiguredHolidayTests.Factory factory) : IClassFixture<ConfiguredHolidayTests.Factory>
{
    public sealed class Factory : ClockedApiFactory
    {
        protected override bool WithProcesses => true;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cases:Holidays:0", "2026-03-03");
        }
    }

    [Fact]
    public async Task ConfiguredHoliday_MovesTheReviewDeadline_BesideTheSeededCalendar()
    {
        // Given Tuesday 2026-03-03 configured as a holiday
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When a case is submitted on Monday 2026-03-02
        var id = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment());
        await Applicant.UploadAllAsync(applicant, id);
        await Applicant.SubmitAsync(applicant, id);

        // Then its ten working days end a day later than without it (2026-03-16)
        var task = await Applicant.OfferedTaskAsync(reviewer, id);
        Assert.Equal(new DateTimeOffset(2026, 3, 17, 23, 59, 59, TimeSpan.FromHours(8)), task.GetProperty("dueAt").GetDateTimeOffset());
    }
}
