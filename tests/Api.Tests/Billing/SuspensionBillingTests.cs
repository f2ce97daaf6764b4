using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;
using static SocialInsurance.Api.Tests.Billing.Billing;

namespace SocialInsurance.Api.Tests.Billing;

/// <summary>
/// 停保 inside a paid half-year, then 续保: through HTTP on the real processes, the deadline job and the tax-bureau
/// simulator on one fake clock.
/// </summary>
public sealed class SuspensionBillingTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    [Fact]
    public async Task Suspension_InsideAPaidPeriod_RefundsTheOverlap_AndResumptionNeverBillsTheSuspendedMonth()
    {
        // Given applicant1 enrolled half-yearly from March 2026 and paid March–June (4 × 1,000) on the 20th
        var applicant = await factory.ClientForAsync("applicant1");
        var reviewer = await factory.ClientForAsync("reviewer1");
        var enrollment = await Applicant.CreateAsync(applicant, new
        {
            type = "NewEnrollment", regionCode = "6501", phone = "13912345678", address = "乌鲁木齐市天山区解放北路 1 号",
            insuranceTypes = new[] { "110" }, bank = new { bankCode = "ICBC", accountNumber = DeclaredCard, accountName = "张伟" },
            contributionBase = 5000m, paymentFrequency = "HalfYearly",
        });
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        await Applicant.ApproveAsync(reviewer, "newEnrollment", enrollment);
        await applicant.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "ICBC", accountNumber = DeclaredCard });
        await PollAgreementsAsync(factory);
        await RunDeadlinesAsync(factory);
        factory.Time.SetUtcNow(At(2026, 3, 20));
        await Bureau(factory).RunDeductionBatchAsync("2026-03", [(Applicant1, 4000m)]);
        (applicant, reviewer) = await AtAsync(factory, At(2026, 3, 21), "applicant1");
        await RunDeadlinesAsync(factory);
        var paid = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // When a 停保 from April is approved on 2026-04-02
        (applicant, reviewer) = await AtAsync(factory, At(2026, 4, 2), "applicant1");
        var suspension = await Applicant.CreateAsync(applicant, new { type = "Suspension", reason = "02", effectiveMonth = "2026-04", insuranceTypes = new[] { "110" } });
        await Applicant.SubmitAsync(applicant, suspension);
        await Applicant.ApproveAsync(reviewer, "suspension", suspension);
        var suspended = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then April–June are refunded (3 × 1,000) and only March counts
        Assert.Equal(4, paid.GetProperty("cumulativeMonths").GetInt32());
        Assert.Equal("Completed", (await Applicant.GetAsync(applicant, suspension)).GetProperty("status").GetString());
        Assert.Equal("Suspended", suspended.GetProperty("status").GetString());
        var half = Period(suspended, "2026-03..2026-06");
        Assert.Equal("Paid", half.GetProperty("status").GetString());
        Assert.Equal((3, 3000m), (half.GetProperty("refundedMonths").GetInt32(), half.GetProperty("refund").GetDecimal()));
        Assert.Equal(1, suspended.GetProperty("cumulativeMonths").GetInt32());

        // When a 续保 (quarterly, base 6,000) is approved in May and the deadline job runs
        (applicant, reviewer) = await AtAsync(factory, At(2026, 5, 6), "applicant1");
        var resumption = await Applicant.CreateAsync(applicant, Applicant.Resumption());
        await Applicant.SubmitAsync(applicant, resumption);
        await Applicant.ApproveAsync(reviewer, "resumption", resumption);
        await PollAgreementsAsync(factory);
        await RunDeadlinesAsync(factory);
        var resumed = await applicant.GetFromJsonAsync<JsonElement>("/api/me/insurance");

        // Then billing restarts in May; April, the suspended month, is in no owed period
        Assert.Equal("Active", resumed.GetProperty("status").GetString());
        var periods = resumed.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetString()).ToList();
        Assert.Equal(["2026-03..2026-06", "2026-05..2026-06"], periods);
        var owed = Period(resumed, "2026-05..2026-06");
        Assert.Equal(("Due", 2, 2400m), (owed.GetProperty("status").GetString(), owed.GetProperty("months").GetInt32(), owed.GetProperty("amount").GetDecimal()));
    }
}
