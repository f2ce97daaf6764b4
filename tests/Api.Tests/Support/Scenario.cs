using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SocialInsurance.Api.Tests.Support;

/// <summary>Sets up a review task through the admin routes, the way an administrator would.</summary>
public static class Scenario
{
    /// <param name="formKey">The task's <c>camunda:formKey</c>; none by default, as an administrator draws a user task.</param>
    public static async Task<(string ProcessKey, Guid InstanceId)> StartReviewAsync(ApiFactory factory, string candidateGroups, string? formKey = null)
    {
        var admin = await factory.ClientForAsync("admin1");
        var key = "review" + Guid.NewGuid().ToString("N")[..8];
        var xml = Bpmn.ReviewProcess(key, candidateGroups);
        if (formKey is not null)
        {
            xml = xml.Replace("camunda:dueDate=", $"camunda:formKey=\"{formKey}\" camunda:dueDate=", StringComparison.Ordinal);
        }

        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true",
            new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = "case-" + key, variables = new { applicantName = "张伟" } });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var body = await started.Content.ReadFromJsonAsync<JsonElement>();
        return (key, body.GetProperty("id").GetGuid());
    }

    public static async Task<Guid> AvailableTaskIdAsync(HttpClient reviewer, string processKey)
    {
        var list = await reviewer.GetFromJsonAsync<JsonElement>($"/api/tasks?scope=available&processKey={processKey}");
        return list.GetProperty("items")[0].GetProperty("id").GetGuid();
    }
}
