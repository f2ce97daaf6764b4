using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

public sealed class AdminTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task DeployDefinition_Returns400WithElementIds_WhenBpmnIsInvalid()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PostAsync("/api/admin/definitions",
            new StringContent(Bpmn.GatewayWithoutConditions, Encoding.UTF8, "application/xml"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var elementIds = problem.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("elementId").GetString()).ToArray();
        Assert.Contains("unsupportedTask", elementIds);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement>("/api/admin/definitions")).EnumerateArray(),
            d => d.GetProperty("key").GetString() == "brokenProcess");
    }

    [Fact]
    public async Task DeployDefinition_Returns415_WhenBodyIsNotXml()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PostAsJsonAsync("/api/admin/definitions", new { xml = "<x/>" });

        // Then
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task DeployDefinition_CreatesVersionsAndPublishes_WhenBpmnIsValid()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");
        var key = "deploy" + Guid.NewGuid().ToString("N")[..8];

        // When
        var v1 = await admin.PostAsync($"/api/admin/definitions", new StringContent(Bpmn.ReviewProcess(key, "reviewers-65"), Encoding.UTF8, "application/xml"));
        var v2 = await admin.PostAsync($"/api/admin/definitions", new StringContent(Bpmn.ReviewProcess(key, "reviewers-6501"), Encoding.UTF8, "application/xml"));
        var publish = await admin.PostAsync($"/api/admin/definitions/{key}/versions/2/publish", null);

        // Then
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        Assert.Equal(2, (await v2.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, publish.StatusCode);
        var summary = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/definitions")).EnumerateArray().Single(d => d.GetProperty("key").GetString() == key);
        Assert.Equal(2, summary.GetProperty("publishedVersion").GetInt32());
        var versions = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/definitions/{key}/versions");
        Assert.Equal(2, versions.GetArrayLength());
        var xml = await admin.GetStringAsync($"/api/admin/definitions/{key}/versions/1");
        Assert.Contains("reviewers-65\"", xml);
    }

    [Fact]
    public async Task ValidateDefinition_ReportsIssues_WithoutDeploying()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var invalid = await admin.PostAsync("/api/admin/definitions/validate", new StringContent(Bpmn.GatewayWithoutConditions, Encoding.UTF8, "application/xml"));
        var valid = await admin.PostAsync("/api/admin/definitions/validate", new StringContent(Bpmn.ReviewProcess("checked", "reviewers-65"), Encoding.UTF8, "application/xml"));

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/definitions/checked/versions")).StatusCode);
    }

    [Fact]
    public async Task CorrelateMessage_Returns404Problem_WhenNoInstanceWaits()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PostAsJsonAsync("/api/admin/messages", new { name = "agreementSigned", correlationKey = "nobody" });

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CancelInstance_EndsIt_AndSecondCancelIs409()
    {
        // Given
        var (_, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var admin = await factory.ClientForAsync("admin1");

        // When
        var first = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/cancel", new { reason = "duplicate" });
        var second = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/cancel", new { reason = "duplicate" });

        // Then
        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var cancelled = await admin.GetFromJsonAsync<JsonElement>("/api/admin/instances?state=Cancelled");
        Assert.Contains(cancelled.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == instanceId);
    }

    [Fact]
    public async Task GetInstance_ShowsActiveElementAndJournal_WhileTaskIsOpen()
    {
        // Given
        var (_, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var admin = await factory.ClientForAsync("admin1");

        // When
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");

        // Then
        Assert.Equal("Active", detail.GetProperty("instance").GetProperty("state").GetString());
        Assert.Equal(["review"], detail.GetProperty("activeElementIds").EnumerateArray().Select(e => e.GetString()));
        Assert.True(detail.GetProperty("journal").GetArrayLength() > 0);
    }

    [Fact]
    public async Task RetryIncident_Returns404_WhenIncidentIsUnknown()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PostAsync($"/api/admin/incidents/{Guid.NewGuid()}/retry", null);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ElementTemplates_AreCamunda7Templates_ForServiceTasks()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var templates = await admin.GetFromJsonAsync<JsonElement>("/api/admin/element-templates");

        // Then
        Assert.Equal(JsonValueKind.Array, templates.ValueKind);
        foreach (var template in templates.EnumerateArray())
        {
            Assert.Equal("bpmn:ServiceTask", template.GetProperty("appliesTo")[0].GetString());
        }
    }

    [Fact]
    public async Task TriggerJob_RunsAgreementPollingNow_AndReturnsItsJobId()
    {
        // Given
        var admin = await factory.ClientForAsync("admin1");

        // When
        var response = await admin.PostAsync("/api/admin/jobs/agreement-polling/trigger", null);
        var unknown = await admin.PostAsync("/api/admin/jobs/workflow-overdue-sweep/trigger", null);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("agreement-polling", body.GetProperty("recurringJobId").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("jobId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TriggerJob_IsForbidden_ToReviewers()
    {
        // Given
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When
        var response = await reviewer.PostAsync("/api/admin/jobs/agreement-polling/trigger", null);

        // Then
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
