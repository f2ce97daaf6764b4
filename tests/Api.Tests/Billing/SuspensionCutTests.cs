using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using static SocialInsurance.Api.Tests.Billing.Billing;

namespace SocialInsurance.Api.Tests.Billing;

/// <summary>停保 inside an unpaid period, on its own clock (2026-03-02).</summary>
public sealed class SuspensionCutTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    [Fact]
    public async Task Suspension_SpanningAnUnpaidPeriod_CutsItAtTheSuspensionMonth()
    {
        // Given applicant2 enrolled yearly from March 2026, the March–December period unpaid
        var applicant = await factory.ClientForAsync("applicant2");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var enrollment = await Applicant.CreateAsync(applicant, new
        {
            type = "NewEnrollment", regionCode = "6501", phone = "13912345679", address = "乌鲁木齐市天山区解放北路 2 号",
            insuranceTypes = new[] { "110" }, bank = new { bankCode = "ICBC", accountNumber = DeclaredCard, accountName = "李娜" },
            contributionBase = 5000m, paymentFrequency = "Yearly",
        });
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", enrollment);
        await RunDeadlinesAsync(factory);

        // When a 停保 from next month (April) is approved in March
        var suspension = await Applicant.CreateAsync(applicant, new { type = "Suspension", reason = "02", effectiveMonth = "2026-04", insuranceTypes = new[] { "110" } });
        await Applicant.SubmitAsync(applicant, suspension);
        await Applicant.ApproveAsync(reviewer, "suspension", suspension);
        var insurance = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then only March is still owed
        var march = Assert.Single(insurance.GetProperty("periods").EnumerateArray());
        Assert.Equal(("2026-03", 1, 1000m), (march.GetProperty("period").GetString(), march.GetProperty("months").GetInt32(), march.GetProperty("amount").GetDecimal()));
    }
}
