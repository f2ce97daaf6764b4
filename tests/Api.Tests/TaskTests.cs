using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class TaskTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly object Approve = new { decision = "approve", comment = "材料齐全" };
    private const string ReviewForm = "review-application.form";

    [Fact]
    public async Task AvailableTasks_ListTask_OnlyForReviewersOfItsGroup()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");

        // When
        var forGroup = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}");
        var forOther = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}");

        // Then
        Assert.Equal(1, forGroup.GetProperty("total").GetInt32());
        Assert.Equal("review", forGroup.GetProperty("items")[0].GetProperty("elementId").GetString());
        Assert.Equal(0, forOther.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AvailableTasks_FilterByRegion_KeepsTasksOfThatRegionsGroup()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-6501");
        var reviewer2 = await factory.ClientForAsync("reviewer2");

        // When
        var inRegion = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&regionCode=6501");
        var otherRegion = await reviewer2.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&regionCode=6502");

        // Then
        Assert.Equal(1, inRegion.GetProperty("total").GetInt32());
        Assert.Equal(0, otherRegion.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CompleteTask_Returns403_WhenTaskBelongsToAnotherGroup()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var taskId = await Scenario.AvailableTaskIdAsync(await factory.ClientForAsync("reviewer1"), key);
        var reviewer2 = await factory.ClientForAsync("reviewer2");

        // When
        var complete = await reviewer2.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Approve);
        var read = await reviewer2.GetAsync($"/api/tasks/{taskId}");

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, complete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task ClaimAndComplete_EndsTheInstance_AndSecondCompletionIs409()
    {
        // Given
        var (key, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var claim = await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);
        var mine = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=mine&processKey={key}");
        var first = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Approve);
        var second = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Approve);

        // Then
        Assert.Equal(HttpStatusCode.NoContent, claim.StatusCode);
        Assert.Equal(1, mine.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var done = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=done&processKey={key}");
        Assert.Equal(1, done.GetProperty("total").GetInt32());
        var instance = await (await factory.ClientForAsync("admin1")).GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        Assert.Equal("Completed", instance.GetProperty("instance").GetProperty("state").GetString());
        Assert.Equal("approve", instance.GetProperty("variables").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task CompleteTask_ReturnsOne200AndOne409_WhenTwoReviewersCompleteAtOnce()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65,reviewers-6501");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var responses = await Task.WhenAll(
            reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Approve),
            reviewer2.PostAsJsonAsync($"/api/tasks/{taskId}/complete", Approve));

        // Then
        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Conflict],
            responses.Select(r => r.StatusCode).OrderBy(s => (int)s));
    }

    [Fact]
    public async Task CompleteTask_AcceptsTheGivenVariables_WhenTheTaskHasNoForm()
    {
        // Given a user task as an administrator draws it: no camunda:formKey
        var (key, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var admin = await factory.ClientForAsync("admin1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var response = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { checkedBy = "张三", score = 3 });

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var instance = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        Assert.Equal("张三", instance.GetProperty("variables").GetProperty("checkedBy").GetString());
        Assert.Equal(3, instance.GetProperty("variables").GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task CompleteTask_Returns400WithFieldErrorsInTheRequestsLanguage_WhenDecisionIsMissing()
    {
        // Given a task that names the review form (not deployed here: its rules that predate forms apply)
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65", ReviewForm);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var chinese = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { comment = "" });
        using var inEnglish = new HttpRequestMessage(HttpMethod.Post, $"/api/tasks/{taskId}/complete") { Content = JsonContent.Create(new { comment = "" }) };
        inEnglish.Headers.AcceptLanguage.ParseAdd("en");
        var english = await reviewer1.SendAsync(inEnglish);

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, chinese.StatusCode);
        var problem = await chinese.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("请选择审核结论（approve、reject 或 supplement）", problem.GetProperty("errors").GetProperty("decision")[0].GetString());
        Assert.Equal("task.decisionRequired", problem.GetProperty("errorCodes").GetProperty("decision")[0].GetProperty("code").GetString());
        var englishProblem = await english.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Choose a decision: approve, reject or supplement", englishProblem.GetProperty("errors").GetProperty("decision")[0].GetString());
        Assert.Equal(1, (await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task CompleteTask_RequiresComment_WhenRejecting()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65", ReviewForm);
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var response = await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "reject" });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("comment", out _));
    }

    [Fact]
    public async Task GetTask_ReturnsVariablesAndJournal_ToReviewerOfItsGroup()
    {
        // Given
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);

        // When
        var detail = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");

        // Then
        Assert.Equal("张伟", detail.GetProperty("variables").GetProperty("applicantName").GetString());
        Assert.Contains(detail.GetProperty("journal").EnumerateArray(), e => e.GetProperty("elementId").GetString() == "review");
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/claim")]
    [InlineData("POST", "/complete")]
    public async Task TaskRoute_Returns404_WhenTaskIsUnknown(string method, string suffix)
    {
        // Given
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var request = new HttpRequestMessage(new HttpMethod(method), $"/api/tasks/{Guid.NewGuid()}{suffix}");
        if (method == "POST")
        {
            request.Content = JsonContent.Create(Approve);
        }

        // When
        var response = await reviewer1.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
