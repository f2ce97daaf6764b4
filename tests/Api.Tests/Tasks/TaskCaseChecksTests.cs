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
        await applicant.PostAsync($"/api/applications/{enrollment}/withdraw", null); // one open 新参保 per person

        // Then
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Equal("650102199003071235", (await revealed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("idNumber").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, otherRegion.StatusCode);
        Assert.Equal("task.notOffered", (await otherRegion.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var audit = await AuditRows.OfAsync(factory, "task.case.revealIdNumber");
        Assert.Contains(audit, a => a.Target == $"task:{taskId}" && a.Actor == "reviewer1");
    }

    [Fact]
    public async Task GetTask_MasksPersonalVariables_ForReviewers()
    {
        // Given: a submitted 新参保 (application.validate wrote the full ID number into the variables) and a phone
        // number an administrator set on the instance
        var applicant = await factory.ClientForAsync("applicant1");
        var enrollment = await Applicant.CreateAsync(applicant, Applicant.NewEnrollment(region: "6501"));
        await Applicant.UploadAllAsync(applicant, enrollment);
        await Applicant.SubmitAsync(applicant, enrollment);
        var reviewer = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer, enrollment, "newEnrollment");
        var admin = await factory.ClientForAsync("admin1");
        var instanceId = (await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("task").GetProperty("instanceId").GetGuid();
        var set = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new { phone = "13912345678" });

        // When
        var seenByReviewer = await reviewer.GetStringAsync($"/api/tasks/{taskId}");
        var seenByAdmin = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        await applicant.PostAsync($"/api/applications/{enrollment}/withdraw", null); // one open 新参保 per person

        // Then: nowhere in the reviewer's response is the full number; the variables hold it masked; the administrator
        // still reads the raw variables
        Assert.True(set.IsSuccessStatusCode, await set.Content.ReadAsStringAsync());
        Assert.DoesNotContain("650102199003071235", seenByReviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", seenByReviewer, StringComparison.Ordinal);
        var variables = JsonDocument.Parse(seenByReviewer).RootElement.GetProperty("variables");
        Assert.Equal("6501**********1235", variables.GetProperty("idNumber").GetString());
        Assert.Equal("139****5678", variables.GetProperty("phone").GetString());
        Assert.Equal("650102199003071235", seenByAdmin.GetProperty("variables").GetProperty("idNumber").GetString());
    }
}
