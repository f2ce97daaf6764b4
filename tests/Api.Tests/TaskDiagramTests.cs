using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>The task view's diagram and the inbox's due-date window.</summary>
public sealed class TaskDiagramTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TaskDiagram_MarksPassedElementsAndTheWaitingTask_ForReviewerOfTheGroup()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var diagram = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/diagram");

        // Then
        Assert.Equal(key, diagram.GetProperty("key").GetString());
        Assert.Equal(1, diagram.GetProperty("version").GetInt32());
        Assert.Contains($"id=\"{key}\"", diagram.GetProperty("xml").GetString(), StringComparison.Ordinal);
        Assert.Equal(["start", "toReview"], Strings(diagram, "completed"));
        Assert.Equal(["review"], Strings(diagram, "active"));
        Assert.Empty(Strings(diagram, "incidents"));
    }

    [Fact]
    public async Task TaskDiagram_ShowsTheWholePath_ToTheReviewerWhoCompletedIt()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);
        var completed = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "approve" });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);

        // When
        var diagram = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/diagram");

        // Then
        Assert.Equal(["start", "toReview", "review", "toEnd", "end"], Strings(diagram, "completed"));
        Assert.Empty(Strings(diagram, "active"));
    }

    [Fact]
    public async Task TaskDiagram_Returns403_ToOtherGroupsAndApplicants()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var taskId = await Scenario.AvailableTaskIdAsync(await factory.ClientForAsync("reviewer1"), key);

        // When
        var otherGroup = await (await factory.ClientForAsync("reviewer2")).GetAsync($"/api/tasks/{taskId}/diagram");
        var applicant = await (await factory.ClientForAsync("applicant1")).GetAsync($"/api/tasks/{taskId}/diagram");
        var missing = await (await factory.ClientForAsync("reviewer1")).GetAsync($"/api/tasks/{Guid.NewGuid()}/diagram");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, otherGroup.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task ListTasks_KeepsTasksDueInsideTheWindow()
    {
        // Given: the test process's task is due two days after it starts
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var now = DateTimeOffset.UtcNow;
        string At(double days) => Uri.EscapeDataString(now.AddDays(days).ToString("O"));

        // When
        var overdue = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&dueBefore={At(0)}");
        var thisWeek = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&dueAfter={At(1)}&dueBefore={At(3)}");
        var later = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&dueAfter={At(3)}");
        var reversed = await reviewer1.GetAsync($"/api/tasks?scope=available&processKey={key}&dueAfter={At(3)}&dueBefore={At(1)}");

        // Then
        Assert.Equal(0, overdue.GetProperty("total").GetInt32());
        Assert.Equal(1, thisWeek.GetProperty("total").GetInt32());
        Assert.Equal(0, later.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        var problem = await reversed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("截止时间范围的结束须晚于开始", problem.GetProperty("errors").GetProperty("dueBefore")[0].GetString());
    }

    private static string[] Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(e => e.GetString()!)];
}
