using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>The instance screens' routes: finding instances with incidents, what they wait for, fixing data and retrying.</summary>
public sealed class InstanceOperationsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A script that needs <c>contributionBase</c>: started without it, the instance stops with an incident.</summary>
    private static string AmountProcess(string key) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://socialinsurance.example/api-tests">
          <bpmn:process id="{{key}}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toCompute" sourceRef="start" targetRef="computeAmount" />
            <bpmn:scriptTask id="computeAmount" name="计算缴费金额 Compute amount" scriptFormat="javascript" camunda:resultVariable="monthlyAmount">
              <bpmn:script>if (typeof contributionBase !== 'number') { throw new Error('contributionBase is missing'); } contributionBase * 0.2</bpmn:script>
            </bpmn:scriptTask>
            <bpmn:sequenceFlow id="toEnd" sourceRef="computeAmount" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private async Task<(HttpClient Admin, string Key, Guid InstanceId)> StartFailingAsync()
    {
        var admin = await factory.ClientForAsync("admin1");
        var key = "amount" + Guid.NewGuid().ToString("N")[..8];
        var deployed = await admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(AmountProcess(key), Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = key, businessKey = "case-" + key });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (admin, key, (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement[]> OpenIncidentsAsync(HttpClient admin, Guid instanceId)
    {
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        return [.. detail.GetProperty("incidents").EnumerateArray().Where(i => i.GetProperty("resolvedAt").ValueKind == JsonValueKind.Null)];
    }

    [Fact]
    public async Task ListInstances_FindsInstancesWithOpenIncidents_WithTheirCurrentElement()
    {
        // Given
        var (admin, key, instanceId) = await StartFailingAsync();

        // When
        var withIncidents = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?incidents=true&processKey={key}");
        var byBusinessKey = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances?businessKey=case-{key}");

        // Then
        var item = Assert.Single(withIncidents.GetProperty("items").EnumerateArray());
        Assert.Equal(instanceId, item.GetProperty("id").GetGuid());
        Assert.Equal(1, item.GetProperty("openIncidents").GetInt32());
        var current = Assert.Single(item.GetProperty("currentElements").EnumerateArray());
        Assert.Equal("computeAmount", current.GetProperty("id").GetString());
        Assert.Equal("计算缴费金额 Compute amount", current.GetProperty("name").GetString());
        Assert.Equal(instanceId, Assert.Single(byBusinessKey.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task RetryIncident_RaisesANewIncident_UntilTheDataIsFixed_ThenCompletes()
    {
        // Given
        var (admin, _, instanceId) = await StartFailingAsync();
        var first = Assert.Single(await OpenIncidentsAsync(admin, instanceId));
        Assert.Contains("contributionBase is missing", first.GetProperty("message").GetString());

        // When
        var retriedTooSoon = await admin.PostAsync($"/api/admin/incidents/{first.GetProperty("id").GetGuid()}/retry", null);
        var second = Assert.Single(await OpenIncidentsAsync(admin, instanceId));
        var fixedData = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new { contributionBase = 5000 });
        var retried = await admin.PostAsync($"/api/admin/incidents/{second.GetProperty("id").GetGuid()}/retry", null);

        // Then
        Assert.Equal(HttpStatusCode.OK, retriedTooSoon.StatusCode);
        Assert.NotEqual(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, fixedData.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        Assert.Equal("Completed", detail.GetProperty("instance").GetProperty("state").GetString());
        Assert.Equal(0, detail.GetProperty("instance").GetProperty("openIncidents").GetInt32());
        Assert.Equal(1000, detail.GetProperty("variables").GetProperty("monthlyAmount").GetDouble());
        Assert.Contains(detail.GetProperty("journal").EnumerateArray(), j => j.GetProperty("event").GetString() == "VariablesSet" && j.GetProperty("actor").GetString() == "admin1");
    }

    [Fact]
    public async Task SetInstanceVariables_Rejects_BadNamesAndEndedInstances()
    {
        // Given
        var (_, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-65");
        var admin = await factory.ClientForAsync("admin1");

        // When
        var badName = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new Dictionary<string, object> { ["not a name"] = 1 });
        var empty = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new { });
        var unknown = await admin.PostAsJsonAsync($"/api/admin/instances/{Guid.NewGuid()}/variables", new { a = 1 });
        await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/cancel", new { reason = "test" });
        var ended = await admin.PostAsJsonAsync($"/api/admin/instances/{instanceId}/variables", new { a = 1 });

        // Then
        Assert.Equal(HttpStatusCode.BadRequest, badName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
    }

    [Fact]
    public async Task GetInstanceWaitStates_ShowsOpenTaskWithCandidates_AndItsBookmark()
    {
        // Given
        var (_, instanceId) = await Scenario.StartReviewAsync(factory, "reviewers-6501");
        var admin = await factory.ClientForAsync("admin1");
        var reviewer = await factory.ClientForAsync("reviewer1");

        // When
        var waitStates = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}/wait-states");
        var forbidden = await reviewer.GetAsync($"/api/admin/instances/{instanceId}/wait-states");
        var unknown = await admin.GetAsync($"/api/admin/instances/{Guid.NewGuid()}/wait-states");

        // Then
        var task = Assert.Single(waitStates.GetProperty("tasks").EnumerateArray());
        Assert.Equal("review", task.GetProperty("elementId").GetString());
        Assert.Equal(["reviewers-6501"], task.GetProperty("candidateGroups").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains(waitStates.GetProperty("bookmarks").EnumerateArray(), b => b.GetProperty("kind").GetString() == "UserTask" && b.GetProperty("elementId").GetString() == "review"
            && b.GetProperty("elementName").GetString() == "Review");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task IncidentsAndJournal_NameTheElement_AsTheInstancesDiagramDoes()
    {
        // Given
        var (admin, _, instanceId) = await StartFailingAsync();

        // When
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        var incidents = await admin.GetFromJsonAsync<JsonElement>("/api/admin/incidents");

        // Then
        var incident = Assert.Single(detail.GetProperty("incidents").EnumerateArray());
        Assert.Equal("计算缴费金额 Compute amount", incident.GetProperty("elementName").GetString());
        var listed = Assert.Single(incidents.EnumerateArray(), i => i.GetProperty("instanceId").GetGuid() == instanceId);
        Assert.Equal("计算缴费金额 Compute amount", listed.GetProperty("elementName").GetString());
        Assert.Equal("计算缴费金额 Compute amount", Assert.Single(detail.GetProperty("tokens").EnumerateArray()).GetProperty("elementName").GetString());
        var activated = detail.GetProperty("journal").EnumerateArray().First(j => j.GetProperty("elementId").GetString() == "computeAmount");
        Assert.Equal("计算缴费金额", activated.GetProperty("nameZh").GetString());
        Assert.Equal("Compute amount", activated.GetProperty("nameEn").GetString());
        // The diagram leaves the start event unnamed: no name, and the Studio shows the id.
        var start = detail.GetProperty("journal").EnumerateArray().First(j => j.GetProperty("elementId").GetString() == "start");
        Assert.True(!start.TryGetProperty("nameZh", out var none) || none.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Incidents_CarryTheirCodeAndArguments_BesideTheEnglishMessage_InTheInstanceAndTheList()
    {
        // Given
        var (admin, _, instanceId) = await StartFailingAsync();

        // When
        var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instanceId}");
        var incidents = await admin.GetFromJsonAsync<JsonElement>("/api/admin/incidents");

        // Then
        var listed = Assert.Single(incidents.EnumerateArray(), i => i.GetProperty("instanceId").GetGuid() == instanceId);
        foreach (var incident in new[] { Assert.Single(detail.GetProperty("incidents").EnumerateArray()), listed })
        {
            Assert.Equal("incident.scriptFailed", incident.GetProperty("code").GetString());
            Assert.Equal(["detail"], incident.GetProperty("args").EnumerateObject().Select(a => a.Name));
            Assert.Equal("contributionBase is missing", incident.GetProperty("args").GetProperty("detail").GetString());
            Assert.Equal("Script failed: contributionBase is missing", incident.GetProperty("message").GetString());
        }
    }
}
