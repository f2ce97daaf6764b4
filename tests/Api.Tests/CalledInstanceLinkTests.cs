using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SocialInsurance.Api.Tests.Support;

namespace SocialInsurance.Api.Tests;

/// <summary>The instance view links a call activity's parent and child both ways.</summary>
public sealed class CalledInstanceLinkTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static string Process(string key, string middle) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs">
          <bpmn:process id="{{key}}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="toMiddle" sourceRef="start" targetRef="middle" />
            {{middle}}
            <bpmn:sequenceFlow id="toEnd" sourceRef="middle" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task GetInstance_LinksTheParentToItsCalledChild_AndTheChildBack()
    {
        // Given a parent whose call activity starts a child that waits at a task
        var admin = await factory.ClientForAsync("admin1");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var childKey = "correction" + suffix;
        var parentKey = "enrollment" + suffix;
        foreach (var xml in new[]
                 {
                     Process(childKey, """<bpmn:userTask id="middle" camunda:candidateGroups="reviewers" />"""),
                     Process(parentKey, $"""<bpmn:callActivity id="middle" calledElement="{childKey}" />"""),
                 })
        {
            var deployed = await admin.PostAsync("/api/admin/definitions?publish=true", new StringContent(xml, Encoding.UTF8, "application/xml"));
            Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        }

        var started = await admin.PostAsJsonAsync("/api/admin/instances", new { processKey = parentKey, businessKey = "case-" + suffix });
        var parentId = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // When
        var parent = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{parentId}");

        // Then
        Assert.Equal(JsonValueKind.Null, parent.GetProperty("parentInstanceId").ValueKind);
        var called = Assert.Single(parent.GetProperty("calledInstances").EnumerateArray());
        Assert.Equal("middle", called.GetProperty("elementId").GetString());
        var child = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{called.GetProperty("instanceId").GetGuid()}");
        Assert.Equal(parentId, child.GetProperty("parentInstanceId").GetGuid());
        Assert.Equal(childKey, child.GetProperty("instance").GetProperty("processKey").GetString());
    }
}
