using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests.Security;

/// <summary>Finding 2 of issue 10: an outsider learned who had claimed a task they may not see.</summary>
public sealed class TaskVisibilityTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task TaskRoutes_AnswerAnOutsiderAlike_WhetherOrNotTheTaskIsClaimed()
    {
        // Given two tasks of province-wide reviewers: one claimed by reviewer1, one open; reviewer2 is in neither group
        var reviewer1 = await factory.ClientForAsync("reviewer1");
        var (claimedKey, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var claimed = await Scenario.AvailableTaskIdAsync(reviewer1, claimedKey);
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer1.PostAsync($"/api/tasks/{claimed}/claim", null)).StatusCode);
        var (openKey, _) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var open = await Scenario.AvailableTaskIdAsync(reviewer1, openKey);
        var outsider = await factory.ClientForAsync("reviewer2");

        foreach (var (method, route) in new[]
                 {
                     ("POST", "claim"), ("POST", "unclaim"), ("POST", "complete"), ("GET", ""), ("GET", "materials"), ("GET", "diagram"),
                 })
        {
            // When the outsider tries each route on both
            var onClaimed = await SendAsync(outsider, method, claimed, route);
            var onOpen = await SendAsync(outsider, method, open, route);

            // Then both answers are the same refusal, and neither names who claimed
            Assert.Equal(HttpStatusCode.Forbidden, onClaimed.Status);
            Assert.Equal(onOpen.Status, onClaimed.Status);
            Assert.Equal(onOpen.Body.Replace(open.ToString(), "{id}", StringComparison.Ordinal), onClaimed.Body.Replace(claimed.ToString(), "{id}", StringComparison.Ordinal));
            Assert.DoesNotContain("reviewer1", onClaimed.Body, StringComparison.Ordinal);
        }
    }

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, string method, Guid taskId, string route)
    {
        var path = route.Length == 0 ? $"/api/tasks/{taskId}" : $"/api/tasks/{taskId}/{route}";
        var response = method == "GET"
            ? await client.GetAsync(path)
            : await client.PostAsJsonAsync(path, new { decision = "approve", comment = "ok" });
        var body = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(body);
        // traceId differs per request; everything else must match.
        return (response.StatusCode, $"{problem.RootElement.GetProperty("title")}|{problem.RootElement.GetProperty("detail")}");
    }
}
