using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;
using SocialInsurance.Testing;

namespace SocialInsurance.Workflows.Tests.Persistence;

public sealed class WorkflowQueriesTests
{
    [Fact]
    public async Task Subscriptions_PageThroughEveryWaitingInstance_ByKeyset()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/Messages/wait-for-agreement.bpmn");
        var started = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            started.Add(await engine.StartAsync("waitForAgreement", $"case-{i}"));
        }

        // When
        var seen = new List<Guid>();
        Guid? after = null;
        while (await engine.Queries.SubscriptionsAsync("agreementSigned", after, limit: 3) is { Count: > 0 } page)
        {
            seen.AddRange(page.Select(b => b.InstanceId));
            after = page[^1].Id;
        }

        // Then
        Assert.Equal(started.Order(), seen.Order());
    }

    [Fact]
    public async Task Tasks_AreFilteredByCandidateGroup_AndSortedByDueDate_WithTotal()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/UserTasks/single-task.bpmn");
        var first = await engine.StartAsync("singleTask", "a");
        engine.Time.Advance(TimeSpan.FromHours(1));
        var second = await engine.StartAsync("singleTask", "b");
        await engine.DeployFixtureAsync("Scenarios/Gateways/parallel.bpmn");
        await engine.StartAsync("parallel", "c");

        // When
        var page = await engine.Queries.TasksAsync(new TaskQuery { CandidateGroups = ["reviewers"], ProcessKey = "singleTask", PageSize = 1 });
        var other = await engine.Queries.TasksAsync(new TaskQuery { CandidateGroups = ["reviewers-6501"] });
        var done = await engine.Queries.TasksAsync(new TaskQuery { Status = UserTaskStatus.Completed, CompletedBy = "reviewer1" });

        // Then
        Assert.Equal(2, page.Total);
        Assert.Equal(first, page.Items.Single().InstanceId);
        Assert.Equal(0, other.Total);
        Assert.Equal(0, done.Total);
        await engine.CompleteAsync(second, "review");
        Assert.Equal(second, (await engine.Queries.TasksAsync(new TaskQuery { Status = UserTaskStatus.Completed, CompletedBy = "reviewer1" })).Items.Single().InstanceId);
    }
}
