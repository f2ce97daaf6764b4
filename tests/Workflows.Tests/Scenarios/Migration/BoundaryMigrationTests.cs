using SocialInsurance.Testing;
using SocialInsurance.Workflows.Execution.Bookmarks;

namespace SocialInsurance.Workflows.Tests.Scenarios.Migration;

/// <summary>Boundary events of a waiting user task: the target's are armed, those it no longer has are removed.</summary>
public sealed class BoundaryMigrationTests
{
    private const string Declarations = """<bpmn:message id="withdrawnMessage" name="withdrawn" />""";

    private static string Review(string boundaries, string flows) => Bpmn.Process($"""
        <bpmn:startEvent id="start" />
        <bpmn:userTask id="review" />
        {boundaries}
        <bpmn:endEvent id="end" />
        <bpmn:endEvent id="escalated" />
        <bpmn:sequenceFlow id="toReview" sourceRef="start" targetRef="review" />
        <bpmn:sequenceFlow id="toEnd" sourceRef="review" targetRef="end" />
        {flows}
        """, Declarations);

    private const string Overdue = """
        <bpmn:boundaryEvent id="overdue" attachedToRef="review"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        """;

    private const string Withdrawn = """
        <bpmn:boundaryEvent id="withdrawn" attachedToRef="review"><bpmn:messageEventDefinition messageRef="withdrawnMessage" /></bpmn:boundaryEvent>
        """;

    private const string Reminder = """
        <bpmn:boundaryEvent id="remind" attachedToRef="review" cancelActivity="false"><bpmn:timerEventDefinition><bpmn:timeDuration>PT10M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
        <bpmn:endEvent id="reminded" />
        """;

    [Fact]
    public async Task BoundaryEvents_TheTargetAddsAreArmed_AndThoseItDroppedAreRemoved()
    {
        // Given: v1 escalates after an hour; v2 drops that and listens for a withdrawal instead
        await using var engine = await TestEngine.StartAsync();
        await engine.DeployAsync(Review(Overdue, """<bpmn:sequenceFlow id="toEscalated" sourceRef="overdue" targetRef="escalated" />"""));
        var id = await engine.StartAsync("proc");
        await engine.DeployAsync(Review(Withdrawn, """<bpmn:sequenceFlow id="toEscalated" sourceRef="withdrawn" targetRef="escalated" />"""));

        // When
        await Migrations.MigratedAsync(engine, id);

        // Then
        var bookmarks = await engine.BookmarksAsync(id);
        Assert.Equal([(BookmarkKind.UserTask, "review"), (BookmarkKind.Message, "withdrawn")], bookmarks.Select(b => (b.Kind, b.ElementId)).OrderBy(b => b.Kind));
        Assert.Equal(0, await engine.AdvanceAsync(TimeSpan.FromHours(2)));
        Assert.True((await engine.Runtime.CorrelateMessageAsync("withdrawn", "case-1", null, Migrations.Admin)).IsOk);
        Assert.Equal(["review:Terminated", "withdrawn:Activated"], (await engine.JournalAsync(id)).SkipWhile(e => e != "proc:Migrated").Skip(1).Take(2));
    }

    [Fact]
    public async Task NonInterruptingTimer_ThatAlreadyFired_IsNotArmedAgain()
    {
        // Given: the reminder fired once on v1
        await using var engine = await TestEngine.StartAsync();
        var flows = """<bpmn:sequenceFlow id="toReminded" sourceRef="remind" targetRef="reminded" />""";
        await engine.DeployAsync(Review(Reminder, flows));
        var id = await engine.StartAsync("proc");
        await engine.AdvanceAsync(TimeSpan.FromMinutes(10));
        await engine.DeployAsync(Review(Reminder + Withdrawn, flows + """<bpmn:sequenceFlow id="toEscalated" sourceRef="withdrawn" targetRef="escalated" />"""));

        // When
        await Migrations.MigratedAsync(engine, id);

        // Then: only the added boundary event is armed
        Assert.Equal(["review", "withdrawn"], (await engine.BookmarksAsync(id)).Select(b => b.ElementId).Order(StringComparer.Ordinal));
    }
}
