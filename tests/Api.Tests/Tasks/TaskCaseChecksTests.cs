using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>
/// <c>GET /api/tasks/{id}</c> → <c>case</c>: a 新参保 as the reviewer decides it — the declaration named and masked,
/// the person's figures, the checks, and a second round after a supplement.
/// </summary>
/// <summary>The automatic checks and the audited reveal of the ID number, on the case view.</summary>
public sealed class TaskCaseChecksTests(StoryApiFactory factory) : IClassFixture<StoryApiFactory>
{
    [Fact]
    public async Task CaseView_ListsTheChecksTheProcessRecorded_AsAChecklist()
    {
        // Given: a case whose instance holds the checks variable (as application.validate writes it)
        var applicant = await factory.ClientForAsync("applicant2");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502", name: "李娜", phone: "13812345678"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");
        var instanceId = (await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("task").GetProperty("instanceId").GetGuid();
        var admin = await factory.ClientForAsync("admin1");
        var set = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new
        {
            checks = new object[]
            {
                new { code = "identity", outcome = "passed", zh = "身份证号码校验通过", en = "The ID number is valid" },
                new { code = "duplicate", outcome = "failed", zh = "已在其他统筹区参保", en = "Insured in another region" },
                new { code = "materials", outcome = "notApplicable", zh = "停保无需材料", en = "No materials for a suspension" },
                new { code = "broken", outcome = "maybe", zh = "?", en = "?" },
            },
        });

        // When
        var checks = (await CaseReview.CaseOfAsync(reviewer, taskId)).GetProperty("checks");

        // Then: every well-formed line, in order, with its reason; a line with an unknown outcome is left out
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        Assert.True(checks.GetProperty("recorded").GetBoolean());
        var items = checks.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["identity", "duplicate", "materials"], items.Select(i => i.GetProperty("code").GetString()));
        Assert.Equal(["passed", "failed", "notApplicable"], items.Select(i => i.GetProperty("outcome").GetString()));
        Assert.Equal("已在其他统筹区参保", items[1].GetProperty("zh").GetString());
    }

    [Fact]
    public async Task RevealIdNumber_IsAudited_AndOnlyForWhoMayWorkOnTheTask()
    {
        // Given: a Karamay case (reviewer2 handles Urumqi only)
        var applicant = await factory.ClientForAsync("applicant1");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6502"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");

        // When
        var revealed = await reviewer.PostAsync($"/api/tasks/{taskId}/case/id-number", null);
        var otherRegion = await (await factory.ClientForAsync("reviewer2")).PostAsync($"/api/tasks/{taskId}/case/id-number", null);
        var unknown = await reviewer.PostAsync($"/api/tasks/{Guid.NewGuid()}/case/id-number", null);

        // Then
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("650102199003071235", (await revealed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var audit = await AuditRows.OfAsync(factory, "task.case.revealIdNumber");
        Assert.Contains(audit, a => a.Target == $"task:{taskId}" && a.Actor == "reviewer1");
    }
}
