using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Jobs;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Reports;

/// <summary>
/// The 统计 reports over real cases on the real processes, on a fake clock so that cycle times are exact: applicant1's
/// enrollment is approved 3 hours after submission and completed (办结) 5 hours after it; applicant2's is rejected
/// after 1 hour (a rejected case is 办结 too); a third case waits in the inbox past its due date. No Hangfire server
/// runs here, so the review's escalation timer never fires and the task stays open, past due.
/// </summary>
public sealed class ReportTests(ClockedStoryApiFactory factory) : IClassFixture<ClockedStoryApiFactory>
{
    private const string Day = "2026-03-02";
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool _arranged;

    [Fact]
    public async Task CasesPerDay_CountsStartedDecidedAndCompleted_ByServiceAndRegion()
    {
        // Given
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");

        // When
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/reports/cases-per-day?from={Day}&to={Day}");
        var onlyKaramay = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/reports/cases-per-day?from={Day}&to={Day}&region=6502");

        // Then
        var rows = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        Assert.Equal((2, 1, 1), Counts(rows["6501"]));
        Assert.Equal((1, 1, 1), Counts(rows["6502"]));
        Assert.All(rows.Values, r => Assert.Equal("NewEnrollment", r.GetProperty("service").GetString()));
        Assert.Equal(["6502"], onlyKaramay.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
    }

    [Fact]
    public async Task Decisions_CountsEachOutcome()
    {
        // Given
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");

        // When
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/reports/decisions?from={Day}&to={Day}&service=NewEnrollment");

        // Then
        var outcomes = report.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("outcome").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Approved"] = 1, ["Rejected"] = 1 }, outcomes);
    }

    [Fact]
    public async Task CycleTimes_GivesNearestRankPercentilesInHours_PerService()
    {
        // Given
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");

        // When
        var report = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/reports/cycle-times?from={Day}&to={Day}");

        // Then: decisions took 1 h and 3 h (p50 = the 1st of 2, p90 = the 2nd); the rejected case ended (办结) with its
        // decision after 1 h, the approved one after 5 h
        var enrollment = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("service").GetString() == "NewEnrollment");
        Assert.Equal(2, enrollment.GetProperty("decided").GetInt32());
        Assert.Equal(1.0, enrollment.GetProperty("decisionP50Hours").GetDouble());
        Assert.Equal(3.0, enrollment.GetProperty("decisionP90Hours").GetDouble());
        Assert.Equal(2, enrollment.GetProperty("completed").GetInt32());
        Assert.Equal(1.0, enrollment.GetProperty("completionP50Hours").GetDouble());
        Assert.Equal(5.0, enrollment.GetProperty("completionP90Hours").GetDouble());
        var suspension = report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("service").GetString() == "Suspension");
        Assert.Equal(0, suspension.GetProperty("decided").GetInt32());
        Assert.Equal(JsonValueKind.Null, suspension.GetProperty("decisionP50Hours").ValueKind);
    }

    [Fact]
    public async Task OpenAndOverdueTasks_ShowTheWaitingReviewPastItsDueDate()
    {
        // Given
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");

        // When
        var open = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/open-tasks");
        var overdue = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/overdue-tasks?service=NewEnrollment");
        var openInUrumqi = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/open-tasks?service=NewEnrollment&region=6501");
        var openInKaramay = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/open-tasks?region=6502");
        var overdueInUrumqi = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/overdue-tasks?region=6501");
        var overdueInKaramay = await admin.GetFromJsonAsync<JsonElement>("/api/admin/reports/overdue-tasks?region=6502");

        // Then
        var groups = open.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("open").GetInt32()));
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("pastDue").GetInt32()));
        Assert.All(groups, g => Assert.Equal(1, g.GetProperty("over7Days").GetInt32()));
        var late = Assert.Single(overdue.GetProperty("rows").EnumerateArray());
        Assert.Equal("newEnrollment", late.GetProperty("processKey").GetString());
        Assert.Equal(1, late.GetProperty("pastDue").GetInt32());

        // And a region narrows both to its group's tasks: the waiting case is Urumqi's (6501), none is Karamay's
        var urumqi = Assert.Single(openInUrumqi.GetProperty("rows").EnumerateArray());
        Assert.Equal("reviewers-6501", urumqi.GetProperty("group").GetString());
        Assert.Equal(1, urumqi.GetProperty("open").GetInt32());
        Assert.Empty(openInKaramay.GetProperty("rows").EnumerateArray());
        Assert.Equal(1, Assert.Single(overdueInUrumqi.GetProperty("rows").EnumerateArray()).GetProperty("pastDue").GetInt32());
        Assert.Empty(overdueInKaramay.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task Csv_IsUtf8WithBom_InTheAskedLanguage()
    {
        // Given
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");

        // When
        var zh = await admin.GetAsync($"/api/admin/reports/cases-per-day?from={Day}&to={Day}&format=csv");
        using var accept = new HttpRequestMessage(HttpMethod.Get, $"/api/admin/reports/decisions?from={Day}&to={Day}&lang=en");
        accept.Headers.Accept.ParseAdd("text/csv");
        var en = await admin.SendAsync(accept);

        // Then
        Assert.Equal("text/csv", zh.Content.Headers.ContentType?.MediaType);
        var zhBytes = await zh.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, zhBytes[..3]);
        var zhText = Encoding.UTF8.GetString(zhBytes[3..]).Split("\r\n");
        Assert.Equal("日期,业务,参保统筹区,受理,审结,办结", zhText[0]);
        Assert.Contains($"{Day},灵活就业养老新参保,乌鲁木齐市,2,1,1", zhText);
        var enText = Encoding.UTF8.GetString((await en.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("Service,Outcome,Cases\r\n", enText, StringComparison.Ordinal);
        Assert.Contains("Flexible-employment pension: new enrollment,Rejected,1", enText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportFacts_AreAddedAndFilled_OnADatabaseCreatedBeforeThem()
    {
        // Given: the cases, and no report rows (as a database of a release before the reports, once migrated)
        await ArrangeAsync();
        var admin = await SignInAsync("admin1");
        var before = await admin.GetStringAsync($"/api/admin/reports/cases-per-day?from={Day}&to={Day}");
        var contexts = factory.Services.GetRequiredService<CasesDbContextFactory>();
        await using (var db = contexts.Create())
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM case_report_facts");
        }

        // When: the service starts on it
        await using (var db = contexts.Create())
        {
            await SocialInsurance.Api.Infrastructure.Cases.Reporting.CaseReportFactsBackfill.RunAsync(db, CancellationToken.None);
        }

        // Then: the table is back with every case's milestones, and the report reads as before
        await using (var db = contexts.Create())
        {
            Assert.Equal(await db.Applications.CountAsync(), await db.ReportFacts.CountAsync());
        }

        var after = await admin.GetStringAsync($"/api/admin/reports/cases-per-day?from={Day}&to={Day}");
        Assert.Equal(Rows(before), Rows(after));

        static string Rows(string json) => JsonDocument.Parse(json).RootElement.GetProperty("rows").ToString();
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-05&to=2026-03-01", "from")]
    [InlineData("from=2024-01-01&to=2026-03-01", "from")]
    [InlineData("service=Pension", "service")]
    [InlineData("service=1", "service")]
    [InlineData("region=9999", "region")]
    [InlineData("format=xlsx", "format")]
    public async Task Report_RefusesBadFilters_WithFieldErrors(string query, string field)
    {
        // Given
        var admin = await SignInAsync("admin1");

        // When
        var response = await admin.GetAsync("/api/admin/reports/cases-per-day?" + query);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("admin1", HttpStatusCode.OK)]
    [InlineData("reviewer1", HttpStatusCode.OK)]
    [InlineData("reviewer2", HttpStatusCode.Forbidden)]
    [InlineData("applicant1", HttpStatusCode.Forbidden)]
    public async Task Reports_AreForAdministratorsAndTheSupervisorGroup(string user, HttpStatusCode expected)
    {
        // Given: reviewer1 is in reviewers-65, where overdue reviews escalate; reviewer2 only in reviewers-6501
        var client = await SignInAsync(user);

        // When
        var response = await client.GetAsync("/api/admin/reports/open-tasks");

        // Then
        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>A fresh sign-in: the factory caches tokens, and these tests move the clock past a token's hour.</summary>
    private async Task<HttpClient> SignInAsync(string userName)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/auth/login", new { userName, password = ApiFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static (int Started, int Decided, int Completed) Counts(JsonElement row) =>
        (row.GetProperty("started").GetInt32(), row.GetProperty("decided").GetInt32(), row.GetProperty("completed").GetInt32());

    private async Task ArrangeAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_arranged)
            {
                return;
            }

            await ArrangeCasesAsync();
            _arranged = true;
        }
        finally
        {
            Once.Release();
        }
    }

    private async Task ArrangeCasesAsync()
    {
        var first = await SignInAsync("applicant1");
        var second = await SignInAsync("applicant2");
        var reviewer = await SignInAsync("reviewer1");

        // 09:00 China time: both submit
        var approved = await Applicant.CreateAsync(first, Applicant.NewEnrollment(region: "6501"));
        await Applicant.UploadAllAsync(first, approved);
        await Applicant.SubmitAsync(first, approved);
        var rejected = await Applicant.CreateAsync(second, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(second, rejected);
        await Applicant.SubmitAsync(second, rejected);

        // 10:00: applicant2's is rejected; 12:00: applicant1's approved; 14:00: its agreement signed and the case 办结
        factory.Time.Advance(TimeSpan.FromHours(1));
        reviewer = await SignInAsync("reviewer1");
        var taskId = (await Applicant.OfferedTaskAsync(reviewer, rejected, "newEnrollment")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var reject = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "reject", comment = "户口本与身份证信息不一致" });
        Assert.True(reject.IsSuccessStatusCode, await reject.Content.ReadAsStringAsync());
        factory.Time.Advance(TimeSpan.FromHours(2));
        reviewer = await SignInAsync("reviewer1");
        await Applicant.ApproveAsync(reviewer, "newEnrollment", approved);
        factory.Time.Advance(TimeSpan.FromHours(2));
        first = await SignInAsync("applicant1");
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/simulators/tax/agreements", new { bankCode = "102", accountNumber = "6222021234567890123" })).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AgreementPollingJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal("Completed", (await Applicant.GetAsync(first, approved)).GetProperty("status").GetString());

        // 15:00: a third enrollment (applicant2 again, the first one having ended) waits for review, then 60 days pass
        factory.Time.Advance(TimeSpan.FromHours(1));
        second = await SignInAsync("applicant2");
        var waiting = await Applicant.CreateAsync(second, Applicant.NewEnrollment(region: "6501", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(second, waiting);
        await Applicant.SubmitAsync(second, waiting);
        factory.Time.Advance(TimeSpan.FromDays(60));
    }
}
