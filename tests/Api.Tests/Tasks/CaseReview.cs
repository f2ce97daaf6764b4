using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialInsurance.Api.Tests.Applications;

namespace SocialInsurance.Api.Tests.Tasks;

/// <summary>What the reviewer's client does around a case: read its task, claim it, decide.</summary>
internal static class CaseReview
{
    public static async Task<Guid> OfferedTaskIdAsync(HttpClient reviewer, Guid applicationId, string processKey) =>
        (await Applicant.OfferedTaskAsync(reviewer, applicationId, processKey)).GetProperty("id").GetGuid();

    public static async Task<JsonElement> CaseOfAsync(HttpClient reviewer, Guid taskId) =>
        (await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("case");

    public static async Task DecideAsync(HttpClient reviewer, Guid taskId, object body)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await reviewer.PostAsync($"/api/tasks/{taskId}/claim", null)).StatusCode);
        var complete = await reviewer.PostAsJsonAsync($"/api/tasks/{taskId}/complete", body);
        Assert.True(complete.StatusCode == HttpStatusCode.OK, await complete.Content.ReadAsStringAsync());
    }

    public static string Zh(this JsonElement named) => named.GetProperty("zh").GetString()!;

    public static string En(this JsonElement named) => named.GetProperty("en").GetString()!;
}
