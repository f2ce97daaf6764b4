using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>The inbox shows each task's <c>camunda:priority</c> and sorts by it on request.</summary>
public sealed class TaskPriorityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task ListTasks_SortsByPriority_HighestFirst_WhenAskedTo()
    {
        // Given: two cases of one process, the second more urgent
        var admin = await factory.ClientForAsync("admin1");
        var key = "prio" + Guid.NewGuid().ToString("N")[..8];
        var xml = Bpmn.ReviewProcess(key, "reviewers-65").Replace("camunda:dueDate=\"P2D\"", "camunda:priority=\"${urgency}\"", StringComparison.Ordinal);
        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        foreach (var urgency in new[] { 10, 90 })
        {
            var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = $"case-{key}-{urgency}", variables = new { urgency } });
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        }

        var reviewer1 = await factory.ClientForAsync("reviewer1");

        // When
        var byPriority = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}&sort=priority");
        var byDue = await reviewer1.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={key}");
        var unknown = await reviewer1.GetAsync($"/api/tasks?scope=available&processKey={key}&sort=urgency");

        // Then
        Assert.Equal([90, 10], byPriority.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("priority").GetInt32()));
        Assert.Equal([10, 90], byDue.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("priority").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("sort", out _));
    }
}
