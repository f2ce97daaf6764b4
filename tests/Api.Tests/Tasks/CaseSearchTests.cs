using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;
using static SocialInsurance.Api.Tests.Tasks.TwoCasesApiFactory;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>Search by case number, applicant name or ID number in the inbox, the done list and the instance list.</summary>
public sealed class CaseSearchTests(TwoCasesApiFactory factory) : IClassFixture<TwoCasesApiFactory>
{
    [Fact]
    public async Task SearchTasks_FindsTheCase_ByTheApplicantsName()
    {
        // Given
        var (zhang, _, li) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var found = await SearchAsync(reviewer1, "/api/tasks/search", new { scope = "available", text = "张伟" });
        var partOfName = await SearchAsync(reviewer1, "/api/tasks/search", new { scope = "available", text = "娜" });

        // Then
        Assert.Equal([zhang.ToString("D")], BusinessKeys(found));
        Assert.Equal([li.ToString("D")], BusinessKeys(partOfName));
    }

    [Fact]
    public async Task SearchTasks_FindsTheCase_ByIdNumberAndByCaseNumber()
    {
        // Given
        var (zhang, number, _) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var byId = await SearchAsync(reviewer1, "/api/tasks/search", new { text = ZhangIdNumber });
        var byNumber = await SearchAsync(reviewer1, "/api/tasks/search", new { text = number });

        // Then
        Assert.Equal([zhang.ToString("D")], BusinessKeys(byId));
        Assert.Equal([zhang.ToString("D")], BusinessKeys(byNumber));
    }

    [Fact]
    public async Task SearchTasks_FindsNothing_OfACaseNotOfferedToTheCaller()
    {
        // Given 李娜's case is in 6502, which reviewer2 (reviewers-6501) does not serve
        await factory.CasesAsync();
        var reviewer2 = await factory.ClientForAsync("reviewer2");

        // When
        var found = await SearchAsync(reviewer2, "/api/tasks/search", new { scope = "available", text = "李娜" });

        // Then
        Assert.Equal(0, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task SearchInstances_FindsTheCasesInstance_ByName()
    {
        // Given
        var (zhang, _, _) = await factory.CasesAsync();
        var admin = await factory.ClientForAsync("admin1");

        // When
        var found = await SearchAsync(admin, "/api/admin/instances/search", new { text = "张伟" });

        // Then
        Assert.Equal([zhang.ToString("D")], BusinessKeys(found));
    }

    [Fact]
    public async Task SearchTasks_Refuses_ControlCharactersAndOverlongText()
    {
        // Given
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var control = await reviewer1.PostAsJsonAsync("/api/tasks/search", new { text = "张\u202E伟" });
        var overlong = await reviewer1.PostAsJsonAsync("/api/tasks/search", new { text = new string('张', 51) });
        var badSort = await reviewer1.PostAsJsonAsync("/api/tasks/search", new { sort = "applicant; drop" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, control.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    [Fact]
    public async Task CaseComments_ReachTheApplicant_OnlyWhenMarkedSo()
    {
        // Given reviewer1 comments twice on 张伟's case, once for the applicant
        var (zhang, _, _) = await factory.CasesAsync();
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await CaseReview.OfferedTaskIdAsync(reviewer1, zhang, "newEnrollment");
        var internalNote = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = "户籍页需与系统核对" });
        var shared = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/comments", new { text = "请留意短信通知", visibleToApplicant = true });

        // When
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var seenByReviewer2 = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/comments");
        var seenByApplicant = await (await factory.ClientForAsync("applicant1")).GetFromJsonAsync<JsonElement>($"/api/applications/{zhang}/comments");
        var otherApplicant = await (await factory.ClientForAsync("applicant2")).GetAsync($"/api/applications/{zhang}/comments");

        // Then
        Assert.Equal(HttpStatusCode.Created, internalNote.StatusCode);
        Assert.Equal(HttpStatusCode.Created, shared.StatusCode);
        Assert.Equal(["户籍页需与系统核对", "请留意短信通知"], seenByReviewer2.EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal("reviewer1", seenByReviewer2[0].GetProperty("author").GetString());
        Assert.Equal(["请留意短信通知"], seenByApplicant.EnumerateArray().Select(c => c.GetProperty("text").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, otherApplicant.StatusCode);
        Assert.Equal(2, (await AuditRows.OfAsync(factory, "case.comment")).Count);
    }
}
