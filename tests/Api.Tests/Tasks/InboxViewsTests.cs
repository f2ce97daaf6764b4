using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>The inbox's views on a fake clock: follow-up, overdue for supervisors, done with outcomes, sorting, saved filters.</summary>
public sealed class InboxViewsTests(ClockedApiFactory factory) : IClassFixture<ClockedApiFactory>
{
    [Fact]
    public async Task FollowUp_ParksTheTaskOutOfMine_UntilItsDate()
    {
        // Given a task reviewer1 claimed
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);

        // When it is parked for ten minutes (the fixture's sign-ins last an hour of its clock)
        var set = await reviewer1.PutAsJsonAsync($"/api/tasks/{taskId}/follow-up", new { followUpAt = factory.Time.GetUtcNow().AddMinutes(10) });
        var mineNow = await Total(reviewer1, $"/api/tasks?scope=mine&processKey={key}");
        var followUpNow = await Total(reviewer1, $"/api/tasks?scope=followUp&processKey={key}");
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        var mineTomorrow = await Total(reviewer1, $"/api/tasks?scope=mine&processKey={key}");

        // Then
        Assert.Equal(HttpStatusCode.NoContent, set.StatusCode);
        Assert.Equal((0, 1, 1), (mineNow, followUpNow, mineTomorrow));
    }

    [Fact]
    public async Task Inbox_NamesEachTasksProcess_AsDeployed()
    {
        // Given a task of a process an administrator deployed under a name of their own
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When reviewer1 lists what is offered
        var list = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}");

        // Then the row carries the process's name, not only its key
        var row = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal("API test review", row.GetProperty("processName").GetString());
    }

    [Fact]
    public async Task FollowUp_RefusesADateInThePast_AndSomeoneNotHoldingTheTask()
    {
        // Given a task reviewer1 claimed
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65,reviewers-6501");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);

        // When
        var past = await reviewer1.PutAsJsonAsync($"/api/tasks/{taskId}/follow-up", new { followUpAt = factory.Time.GetUtcNow().AddHours(-1) });
        var other = await (await factory.ClientForAsync("reviewer2")).PutAsJsonAsync($"/api/tasks/{taskId}/follow-up", new { followUpAt = factory.Time.GetUtcNow().AddDays(1) });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
    }

    [Fact]
    public async Task Overdue_ShowsAPastDueTaskToTheSupervisor_AndCountsIt()
    {
        // Given a task of reviewers-6502 only, due in ten minutes
        var key = await StartDueSoonAsync("reviewers-6502");
        var supervisor = await factory.ClientForAsync("supervisor1");
        var beforeDue = await Total(supervisor, $"/api/tasks?scope=overdue&processKey={key}");

        // When the due date passes
        factory.Time.Advance(TimeSpan.FromMinutes(11));
        var overdue = await supervisor.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=overdue&processKey={key}");
        var taskId = overdue.GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await supervisor.GetAsync($"/api/tasks/{taskId}");
        var count = await supervisor.GetFromJsonAsync<JsonElement>("/api/tasks/overdue/count");
        var reviewer2Count = await (await factory.ClientForAsync("reviewer2")).GetFromJsonAsync<JsonElement>("/api/tasks/overdue/count");

        // Then
        Assert.Equal(0, beforeDue);
        Assert.Equal(1, overdue.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.True(count.GetProperty("total").GetInt32() >= 1);
        Assert.Contains(count.GetProperty("byGroup").EnumerateArray(), g => g.GetProperty("group").GetString() == "reviewers-6502");
        Assert.DoesNotContain(reviewer2Count.GetProperty("byGroup").EnumerateArray(), g => g.GetProperty("group").GetString() == "reviewers-6502");
        Assert.Equal(HttpStatusCode.Forbidden, (await (await factory.ClientForAsync("reviewer2")).GetAsync($"/api/tasks/{taskId}")).StatusCode);
    }

    [Fact]
    public async Task DoneList_ShowsEachTasksOutcomeAndWhen()
    {
        // Given reviewer1 sent one case back for supplement
        var (key, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var taskId = await Scenario.AvailableTaskIdAsync(reviewer1, key);
        await reviewer1.PostAsync($"/api/tasks/{taskId}/claim", null);
        await reviewer1.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { decision = "supplement", comment = "缺户口簿" });

        // When
        var done = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=done&processKey={key}");

        // Then
        var outcome = done.GetProperty("items")[0].GetProperty("outcome");
        Assert.Equal("supplement", outcome.GetProperty("decision").GetString());
        Assert.Equal(factory.Time.GetUtcNow(), outcome.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task ListTasks_SortsByCreation_InEitherDirection()
    {
        // Given two tasks of one reviewer, created a minute apart
        var (first, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        var (second, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var newest = await reviewer1.GetFromJsonAsync<JsonElement>("/api/tasks?scope=available&sort=created&order=desc&pageSize=2");
        var bad = await reviewer1.GetAsync("/api/tasks?sort=colour");

        // Then
        Assert.Equal([second, first], newest.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("processKey").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task SavedFilters_AreEachReviewersOwn_AndRefuseAnIdNumber()
    {
        // Given
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var reviewer2 = await factory.ClientForAsync("reviewer2");

        // When
        var saved = await reviewer1.PostAsJsonAsync("/api/me/saved-filters", new { name = "乌鲁木齐 临期", query = "scope=available&region=6501&due=week" });
        var withId = await reviewer1.PostAsJsonAsync("/api/me/saved-filters", new { name = "某人", query = "q=650102199003071235" });
        var own = await reviewer1.GetFromJsonAsync<JsonElement>("/api/me/saved-filters");
        var others = await reviewer2.GetFromJsonAsync<JsonElement>("/api/me/saved-filters");
        var id = own[0].GetProperty("id").GetGuid();
        var deleteByOther = await reviewer2.DeleteAsync($"/api/me/saved-filters/{id}");
        var delete = await reviewer1.DeleteAsync($"/api/me/saved-filters/{id}");

        // Then
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withId.StatusCode);
        Assert.Equal("scope=available&region=6501&due=week", own[0].GetProperty("query").GetString());
        Assert.Equal(0, others.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, deleteByOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    /// <summary>A review process whose task is due ten minutes after creation.</summary>
    private async Task<string> StartDueSoonAsync(string candidateGroups)
    {
        var admin = await factory.ClientForAsync("admin1");
        var key = "due" + Guid.NewGuid().ToString("N")[..8];
        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true",
            new StringContent(Bpmn.ReviewProcess(key, candidateGroups).Replace("\"P2D\"", "\"PT10M\"", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = "case-" + key })).StatusCode);
        return key;
    }

    private static async Task<int> Total(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("total").GetInt32();
}
