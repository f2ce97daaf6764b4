using System.Text.Json.Nodes;
using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Execution.Instances;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Workflows.Tests.Scenarios.StartEvents;

public sealed class StartEventScenarioTests
{
    private static async Task<IReadOnlyList<ProcessInstance>> InstancesAsync(TestEngine engine, string key) =>
        (await engine.Queries.InstancesAsync(new InstanceQuery { ProcessKey = key, PageSize = 100 })).Items;

    private static async Task<IReadOnlyList<Bookmark>> TimerStartsAsync(TestEngine engine) =>
        (await engine.Queries.BookmarksAsync(Guid.Empty)).Where(b => b.Kind == BookmarkKind.TimerStart).ToArray();

    [Fact]
    public async Task TimerCycleStart_StartsOneInstancePerSlot_UntilItsRepetitionsRunOut()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/StartEvents/hourly-check.bpmn");

        // When / Then
        var counts = new List<int>();
        for (var hour = 0; hour < 4; hour++)
        {
            await engine.AdvanceAsync(TimeSpan.FromHours(1));
            counts.Add((await InstancesAsync(engine, "hourlyCheck")).Count);
        }

        Assert.Equal([1, 2, 3, 3], counts);
        Assert.Empty(await TimerStartsAsync(engine));
        var first = (await InstancesAsync(engine, "hourlyCheck")).MinBy(i => i.StartedAt)!;
        Assert.Equal(["hourlyCheck:Activated", "start:Activated", "start:Completed", "toCheck:SequenceFlowTaken", "check:Activated"],
            await engine.JournalAsync(first.Id));
        Assert.Equal(engine.Time.GetUtcNow().AddHours(-3), first.StartedAt);
    }

    [Fact]
    public async Task TimerStart_StartsOnce_WhenTwoNodesRunTheSameSlot()
    {
        await using var engine = await TestEngine.StartAsync();
        await RaceForOneSlotAsync(engine);
    }

    [SkippableFact]
    public async Task TimerStart_StartsOnce_WhenTwoNodesRunTheSameSlot_OnPostgreSql()
    {
        Skip.If(PostgresDatabase.Server is null, $"{PostgresDatabase.Variable} is not set");
        await using var database = await PostgresDatabase.CreateAsync();
        await using var engine = await TestEngine.StartAsync(databasePath: database.ConnectionString);
        await RaceForOneSlotAsync(engine);
    }

    private static async Task RaceForOneSlotAsync(TestEngine engine)
    {
        // Given two nodes over one database, and the first slot due
        await engine.DeployFixtureAsync("Scenarios/StartEvents/hourly-check.bpmn");
        await using var otherNode = await engine.RestartAsync();
        var slot = Assert.Single(await TimerStartsAsync(engine));
        engine.Time.Advance(TimeSpan.FromHours(1));

        // When both deliver the slot's job, several times, at once
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => (i % 2 == 0 ? engine : otherNode).Runtime.RunBookmarkAsync(slot.Id))));

        // Then
        Assert.Single(await InstancesAsync(engine, "hourlyCheck"));
        var next = Assert.Single(await TimerStartsAsync(engine));
        Assert.Equal(slot.DueAt!.Value.AddHours(1), next.DueAt);
    }

    [Fact]
    public async Task NewVersion_ReplacesTheOldVersionsTimerStart()
    {
        // Given version 1 starts hourly
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/StartEvents/hourly-check.bpmn");

        // When version 2, every two hours, is deployed
        await engine.DeployFixtureAsync("Scenarios/StartEvents/two-hourly-check.bpmn");
        await engine.AdvanceAsync(TimeSpan.FromHours(1));
        var afterOneHour = (await InstancesAsync(engine, "hourlyCheck")).Count;
        await engine.AdvanceAsync(TimeSpan.FromHours(1));

        // Then
        Assert.Equal(0, afterOneHour);
        var started = Assert.Single(await InstancesAsync(engine, "hourlyCheck"));
        Assert.Equal(2, started.ProcessVersion);
        Assert.Equal("hourlyCheck:2", Assert.Single(await TimerStartsAsync(engine)).DefinitionId);
    }

    [Fact]
    public async Task RedeployingTheSameVersion_KeepsItsSchedule()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/StartEvents/hourly-check.bpmn");
        var before = Assert.Single(await TimerStartsAsync(engine));

        // When a restart deploys the unchanged file half an hour later
        engine.Time.Advance(TimeSpan.FromMinutes(30));
        await engine.DeployFixtureAsync("Scenarios/StartEvents/hourly-check.bpmn");

        // Then
        var after = Assert.Single(await TimerStartsAsync(engine));
        Assert.Equal((before.Id, before.DueAt), (after.Id, after.DueAt));
    }

    [Fact]
    public async Task TimerDateStart_StartsOnceAtItsDate()
    {
        // Given the clock at 09:00 Beijing time, the start at 12:00
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/StartEvents/year-end-check.bpmn");

        // When
        await engine.AdvanceAsync(TimeSpan.FromHours(2));
        var early = (await InstancesAsync(engine, "yearEndCheck")).Count;
        await engine.AdvanceAsync(TimeSpan.FromDays(2));

        // Then
        Assert.Equal(0, early);
        Assert.Single(await InstancesAsync(engine, "yearEndCheck"));
        Assert.Empty(await TimerStartsAsync(engine));
    }

    [Fact]
    public async Task SignalStart_StartsThePublishedVersion_OnEachBroadcast_WithTheSignalsVariables()
    {
        // Given
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployFixtureAsync("Scenarios/StartEvents/policy-reassessment.bpmn");

        // When
        var first = await engine.Runtime.BroadcastSignalAsync("policyChanged", new JsonObject { ["year"] = 2027 }, Actor.System);
        var second = await engine.Runtime.BroadcastSignalAsync("policyChanged", null, Actor.System);
        var other = await engine.Runtime.BroadcastSignalAsync("somethingElse", null, Actor.System);

        // Then
        var started = Assert.Single(first.Value!.StartedInstances);
        Assert.Single(second.Value!.StartedInstances);
        Assert.Empty(other.Value!.StartedInstances);
        Assert.Equal(2, (await InstancesAsync(engine, "policyReassessment")).Count);
        Assert.Equal(["policyReassessment:Activated", "start:Activated", "start:Completed", "toCheck:SequenceFlowTaken", "check:Activated"],
            await engine.JournalAsync(started));
        Assert.Equal(2027, (int?)(await engine.Queries.InstanceAsync(started))!.Variables["year"]);
    }
}
