using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>Assign, delegate and hand back a task between colleagues of its group; administrators reassign any task.</summary>
public sealed class TaskHandOverTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string SharedGroups = "reviewers-65,reviewers-6501";

    [Fact]
    public async Task DelegateTask_LetsTheColleagueCompleteIt_AndIsAudited()
    {
        // Given a task of both reviewers' groups, claimed by reviewer1
        var (key, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);

        // When
        var colleagues = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/colleagues");
        var delegated = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { userName = "reviewer2" });
        var inReviewer2sList = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=mine&processKey={key}");
        var completed = await reviewer2.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "approve" });

        // Then
        Assert.Contains("reviewer2", colleagues.EnumerateArray().Select(c => c.GetProperty("userName").GetString()));
        Assert.Equal(HttpStatusCode.NoContent, delegated.StatusCode);
        var row = inReviewer2sList.GetProperty("items")[0];
        Assert.Equal(("reviewer1", "Pending"), (row.GetProperty("owner").GetString(), row.GetProperty("delegation").GetString()));
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var audit = Assert.Single(await AuditRows.OfAsync(factory, "task.delegate"), e => e.Target == $"task:{taskId}");
        Assert.Equal("reviewer1", audit.Actor);
    }

    [Fact]
    public async Task ResolveTask_HandsTheTaskBackToItsOwner()
    {
        // Given reviewer1 delegated the task to reviewer2
        var (key, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);
        await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { userName = "reviewer2" });

        // When
        var resolved = await reviewer2.PostAsync($"/api/tasks/{taskId}/resolve", null);

        // Then
        Assert.Equal(HttpStatusCode.NoContent, resolved.StatusCode);
        var mine = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=mine&processKey={key}");
        Assert.Equal("Resolved", mine.GetProperty("items")[0].GetProperty("delegation").GetString());
    }

    [Fact]
    public async Task DelegateTask_RefusesSomeoneOutsideTheTasksGroups()
    {
        // Given a task only of reviewers-65, claimed by reviewer1; reviewer2 is of reviewers-6501 only
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);

        // When
        var toOutsider = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/delegate", new { userName = "reviewer2" });
        var toApplicant = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/assign", new { userName = "applicant1" });
        var noName = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/assign", new { userName = " " });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, toOutsider.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toApplicant.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        var task = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal("reviewer1", task.GetProperty("task").GetProperty("assignee").GetString());
    }

    [Fact]
    public async Task AssignTask_LetsAnAdministratorReassignAnyTask_ButNotAnOtherReviewer()
    {
        // Given a task claimed by reviewer1
        var (key, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var admin = await factory.ClientForAsync("admin1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);

        // When
        var grab = await reviewer2.PostAsJsonAsync($"/api/tasks/{taskId}/assign", new { userName = "reviewer2" });
        var reassigned = await admin.PostAsJsonAsync($"/api/tasks/{taskId}/assign", new { userName = "reviewer2" });

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, grab.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, reassigned.StatusCode);
        var mine = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=mine&processKey={key}");
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        Assert.Contains(await AuditRows.OfAsync(factory, "task.assign"), e => e.Target == $"task:{taskId}" && e.Actor == "admin1");
    }

    [Fact]
    public async Task ClaimTasks_ReportsEachRow_WhenSomeAreTakenAlready()
    {
        // Given two tasks, one already claimed by reviewer2
        var (first, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var (second, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var free = await Scenario.AvailableTaskIdAsync(reviewer1, first);
        var taken = await Scenario.AvailableTaskIdAsync(reviewer1, second);
        await reviewer2.PostAsync($"/api/tasks/{taken}/claim", null);

        // When
        var response = await reviewer1.PostAsJsonAsync("/api/tasks/claim", new { taskIds = new[] { free, taken, Guid.NewGuid() } });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["claimed", "conflict", "notFound"], body.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()));
        Assert.Equal(1, body.GetProperty("claimed").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await reviewer1.PostAsJsonAsync("/api/tasks/claim", new { taskIds = Array.Empty<Guid>() })).StatusCode);
    }

    [Fact]
    public async Task ClaimTasks_GivesEachRefusedRowItsCodeAndADetailInTheRequestsLanguage_WhenAsked()
    {
        // Given a task already claimed by reviewer2
        var (instance, _) = await Scenario.StartReviewAsync(factory, SharedGroups);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var taken = await Scenario.AvailableTaskIdAsync(reviewer1, instance);
        await reviewer2.PostAsync($"/api/tasks/{taken}/claim", null);
        var english = await factory.ClientForAsync("reviewer1");
        english.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        // When reviewer1 claims it with no language asked for (Chinese), then in English
        var zh = await reviewer1.PostAsJsonAsync("/api/tasks/claim", new { taskIds = new[] { taken } });
        var en = await english.PostAsJsonAsync("/api/tasks/claim", new { taskIds = new[] { taken } });

        // Then each row carries the code and its arguments, and a detail in one language: the request's
        var zhRow = (await zh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        var enRow = (await en.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("results")[0];
        Assert.Equal("task.alreadyClaimed", zhRow.GetProperty("code").GetString());
        Assert.Equal("reviewer2", zhRow.GetProperty("args").GetProperty("assignee").GetString());
        Assert.Equal($"任务 {taken} 已由 reviewer2 认领", zhRow.GetProperty("detail").GetString());
        Assert.Equal($"Task {taken} is already claimed by reviewer2.", enRow.GetProperty("detail").GetString());
    }
}
