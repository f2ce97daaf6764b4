using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>Unique ids, start and end events, connectivity and scopes (UniqueIdRules, StartEventRules,
/// EndEventRules, FlowNodeRules, SequenceFlowRules, SubProcessRules).</summary>
public class StructureRulesTests
{
    private const string UserTask = """<bpmn:userTask id="review" />""";

    public static TheoryData<string, string, string> Violations => new()
    {
        { Around("review", UserTask + """<bpmn:userTask id="review" />"""), "review", "duplicate-id" },
        { Around("review", UserTask, """<bpmn:sequenceFlow id="review" sourceRef="start" targetRef="end" />"""), "review", "duplicate-id" },
        { Process("""<bpmn:userTask id="a" /><bpmn:endEvent id="end" />""" + Flow("f", "a", "end")), "proc", "start-event-count" },
        { Process("""<bpmn:startEvent id="s1" /><bpmn:startEvent id="s2" /><bpmn:endEvent id="end" />""" + Flow("f1", "s1", "end") + Flow("f2", "s2", "end")), "proc", "start-event-count" },
        { Around("review", UserTask, Flow("back", "review", "start")), "start", "start-event-incoming" },
        { Around("review", UserTask + """<bpmn:userTask id="after" />""", Flow("loop", "end", "after") + Flow("afterEnd", "after", "end")), "end", "end-event-outgoing" },
        { Around("review", UserTask + """<bpmn:userTask id="orphan" />""", Flow("o", "orphan", "end")), "orphan", "missing-incoming" },
        { Around("review", UserTask + """<bpmn:userTask id="deadEnd" />""", Flow("d", "review", "deadEnd")), "deadEnd", "missing-outgoing" },
        { Around("review", UserTask + """<bpmn:userTask id="a" /><bpmn:userTask id="b" />""", Flow("ab", "a", "b") + Flow("ba", "b", "a") + Flow("bEnd", "b", "end")), "a", "unreachable" },
        { Around("review", UserTask, Flow("ghost", "review", "nowhere")), "ghost", "unknown-target" },
        { Around("review", UserTask, Flow("ghost", "nowhere", "end")), "ghost", "unknown-source" },
        { Around("sub", SubProcess("""<bpmn:userTask id="inner" />""" + Flow("in", "subStart", "inner")), Flow("escape", "inner", "end")), "escape", "crosses-scope" },
        { Around("sub", """<bpmn:subProcess id="sub"><bpmn:userTask id="inner" /></bpmn:subProcess>"""), "sub", "subprocess-start-count" },
        { Around("sub", """<bpmn:subProcess id="sub" triggeredByEvent="true" />"""), "sub", "event-subprocess-start-count" },
        { Around("sub", """<bpmn:subProcess id="sub" triggeredByEvent="true" />"""), "sub", "event-subprocess-flows" },
        { Process("""<bpmn:startEvent id="s" /><bpmn:endEvent id="e" /><bpmn:subProcess id="esp" triggeredByEvent="true"><bpmn:startEvent id="inner" /><bpmn:endEvent id="innerEnd" /></bpmn:subProcess>""" + Flow("f", "s", "e") + Flow("g", "inner", "innerEnd")), "inner", "event-subprocess-none-start" },
        { Process("""<bpmn:startEvent id="s" /><bpmn:endEvent id="e" /><bpmn:subProcess id="esp" triggeredByEvent="true"><bpmn:startEvent id="inner" isInterrupting="false"><bpmn:errorEventDefinition /></bpmn:startEvent><bpmn:endEvent id="innerEnd" /></bpmn:subProcess>""" + Flow("f", "s", "e") + Flow("g", "inner", "innerEnd")), "inner", "non-interrupting-error-start" },
        { Process("""<bpmn:startEvent id="s"><bpmn:errorEventDefinition /></bpmn:startEvent><bpmn:endEvent id="e" />""" + Flow("f", "s", "e")), "s", "unsupported-start-event" },
        { Around("sub", SubProcess("""<bpmn:userTask id="inner" />""") .Replace("""<bpmn:startEvent id="subStart" />""", """<bpmn:startEvent id="subStart"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>"""), declarations: """<bpmn:signal id="sig" name="s" />"""), "subStart", "subprocess-triggered-start" },
        { Around("review", """<bpmn:complexGateway id="review" />"""), "review", "unsupported-element" },
        { Around("review", """<bpmn:userTask id="review"><bpmn:standardLoopCharacteristics /></bpmn:userTask>"""), "review", "unsupported-element" },
        { Definitions("""<bpmn:process id="p" isExecutable="false"><bpmn:startEvent id="s" /></bpmn:process>"""), "definitions", "no-executable-process" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void StructureRules_ReportIssue_WhenRuleIsViolated(string xml, string elementId, string code)
    {
        // Given the document in the row / When it is parsed / Then the issue is reported and nothing compiles
        RuleAssert.Rejects(xml, elementId, code);
    }

    [Fact]
    public void UniqueIdRules_ReportEveryClash_WhenIdIsUsedByThreeElements()
    {
        // Given
        var xml = Around("x", """<bpmn:userTask id="x" /><bpmn:parallelGateway id="x" />""", Flow("x", "start", "end"));

        // When
        var result = new SocialInsurance.Workflows.Parsing.BpmnParser().Parse(xml);

        // Then
        Assert.Equal(2, result.Issues.Count(i => i.Code == "duplicate-id"));
    }

    private static string SubProcess(string content) =>
        $"""<bpmn:subProcess id="sub"><bpmn:startEvent id="subStart" />{content}</bpmn:subProcess>""";
}
