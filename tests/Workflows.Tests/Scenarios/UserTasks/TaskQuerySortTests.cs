using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.UserTasks;

/// <summary>Task lists ordered by candidate group, and keyed for a host that orders them by its own data.</summary>
public sealed class TaskQuerySortTests
{
    private const string Process = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_grouped" targetNamespace="http://socialinsurance.example/test">
          <bpmn:process id="grouped" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="task" />
            <bpmn:userTask id="task" name="Review" camunda:candidateGroups="${groups}" />
            <bpmn:sequenceFlow id="f2" sourceRef="task" targetRef="end" />
            <bpmn:endEvent id="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task TaskQuery_SortsByTheGreatestGroupOfAPrefix_WithTasksWithoutOneLast()
    {
        // Given "supervisors" would sort after every reviewers-… group if the prefix did not narrow the groups
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Process);
        await StartAsync(engine, "case-6502", "reviewers-6502, reviewers-65");
        await StartAsync(engine, "case-none", "supervisors");
        await StartAsync(engine, "case-6501", "reviewers-65, reviewers-6501, supervisors");

        // When
        var query = new TaskQuery { SortBy = TaskSort.CandidateGroup, GroupPrefix = "reviewers-" };
        var ascending = await engine.Queries.TasksAsync(query);
        var descending = await engine.Queries.TasksAsync(query with { Descending = true });

        // Then
        Assert.Equal(["case-6501", "case-6502", "case-none"], ascending.Items.Select(t => t.BusinessKey));
        Assert.Equal(["case-6502", "case-6501", "case-none"], descending.Items.Select(t => t.BusinessKey));
    }

    [Fact]
    public async Task TaskKeys_ListEveryMatchingTask_AndTaskIdsLoadJustThose()
    {
        // Given three tasks, one of them not offered to the group asked for
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Process);
        await StartAsync(engine, "case-a", "reviewers-65");
        await StartAsync(engine, "case-b", "supervisors");
        await StartAsync(engine, "case-c", "reviewers-65");
        var query = new TaskQuery { CandidateGroups = ["reviewers-65"], PageSize = 1 };

        // When
        var keys = await engine.Queries.TaskKeysAsync(query);
        var picked = await engine.Queries.TasksAsync(query with { TaskIds = [keys[1].Id], PageSize = 20 });

        // Then the page size does not cut the keys, and the ids narrow the page
        Assert.Equal(["case-a", "case-c"], keys.Select(k => k.BusinessKey));
        Assert.Equal(["case-c"], picked.Items.Select(t => t.BusinessKey));
    }

    private static async Task StartAsync(TestEngine engine, string businessKey, string groups)
    {
        engine.Time.Advance(TimeSpan.FromSeconds(1));
        await engine.StartAsync("grouped", businessKey, new JsonObject { ["groups"] = groups });
    }
}
