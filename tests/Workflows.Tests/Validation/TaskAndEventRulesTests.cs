using SocialInsurance.Workflows.Parsing;
using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>Task readers and rules, event definitions, timers, messages, boundary events and camunda extensions.</summary>
public class TaskAndEventRulesTests
{
    private const string Message = """<bpmn:message id="m" name="agreementSigned" />""";

    private static string Timer(string id, string kind, string value) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:{kind}>{value}</bpmn:{kind}></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    private static string OnReview(string boundary, string task = """<bpmn:userTask id="review" />""") =>
        Around("review", task + boundary + """<bpmn:endEvent id="escalated" />""", Flow("esc", "onTime", "escalated"), Message);

    private static string TimerBoundary(string value = "PT1H") =>
        $"""<bpmn:boundaryEvent id="onTime" attachedToRef="review"><bpmn:timerEventDefinition><bpmn:timeDuration>{value}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";

    public static TheoryData<string, string, string> Violations => new()
    {
        // service tasks
        { Around("call", """<bpmn:serviceTask id="call" camunda:class="org.example.Delegate" />"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:delegateExpression="${bean}" />"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:expression="${bean.run()}" />"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" />"""), "call", "service-task-not-external" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="connector" camunda:topic="x" />"""), "call", "service-task-not-external" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="external" camunda:topic=" " />"""), "call", "missing-topic" },
        { Around("call", """<bpmn:serviceTask id="call"><bpmn:extensionElements><zeebe:taskDefinition type="x" /></bpmn:extensionElements></bpmn:serviceTask>"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="external" camunda:topic="t"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"""), "call", "invalid-io-parameter" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="external" camunda:topic="t" camunda:asyncAfter="true" />"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="external" camunda:topic="t" camunda:asyncBefore="true"><bpmn:extensionElements><camunda:failedJobRetryTimeCycle>PT10M,PT17M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements></bpmn:serviceTask>"""), "call", "invalid-retry-cycle" },
        { Around("call", """<bpmn:serviceTask id="call" camunda:type="external" camunda:topic="t"><bpmn:extensionElements><camunda:executionListener event="start" class="x" /></bpmn:extensionElements></bpmn:serviceTask>"""), "call", "unsupported-extension" },
        { Around("call", """<bpmn:serviceTask id="call" activiti:class="x" xmlns:activiti="http://activiti.org/bpmn" />"""), "call", "unsupported-extension" },
        // user tasks
        { Around("review", """<bpmn:userTask id="review"><bpmn:extensionElements><camunda:taskListener event="create" class="x" /></bpmn:extensionElements></bpmn:userTask>"""), "review", "unsupported-listener" },
        { Around("review", """<bpmn:userTask id="review"><bpmn:extensionElements><camunda:formData /></bpmn:extensionElements></bpmn:userTask>"""), "review", "unsupported-extension" },
        { Around("review", """<bpmn:manualTask id="review"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">1</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:manualTask>"""), "review", "unsupported-extension" },
        { Around("review", """<bpmn:userTask id="review" camunda:dueDate="next week" />"""), "review", "invalid-due-date" },
        // script tasks
        { Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="groovy"><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>"""), "calc", "unsupported-script-format" },
        { Around("calc", """<bpmn:scriptTask id="calc"><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>"""), "calc", "unsupported-script-format" },
        { Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="javascript" />"""), "calc", "missing-script" },
        { Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="javascript" camunda:resource="deployment://calc.js" />"""), "calc", "unsupported-extension" },
        { Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="js"><bpmn:script>var = ;</bpmn:script></bpmn:scriptTask>"""), "calc", "invalid-script" },
        // timers
        { Around("wait", Timer("wait", "timeDuration", "10 minutes")), "wait", "invalid-timer" },
        { Around("wait", Timer("wait", "timeDuration", "-PT5M")), "wait", "invalid-timer" },
        { Around("wait", Timer("wait", "timeDate", "tomorrow")), "wait", "invalid-timer" },
        { Around("wait", Timer("wait", "timeCycle", "0 0/5 * * * ?")), "wait", "invalid-timer" },
        { Around("wait", Timer("wait", "timeCycle", "R0/PT1H")), "wait", "invalid-timer" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>"""), "wait", "invalid-timer" },
        // messages and other event definitions
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="nope" /></bpmn:intermediateCatchEvent>""", declarations: Message), "wait", "unknown-message" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition /></bpmn:intermediateCatchEvent>"""), "wait", "unknown-message" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="u" /></bpmn:intermediateCatchEvent>""", declarations: """<bpmn:message id="u" />"""), "u", "missing-message-name" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait" />"""), "wait", "unsupported-event-definition" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:conditionalEventDefinition /></bpmn:intermediateCatchEvent>"""), "wait", "missing-condition" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:conditionalEventDefinition><bpmn:condition>a ===</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>"""), "wait", "invalid-condition" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:conditionalEventDefinition camunda:variableEvents="change"><bpmn:condition>${a}</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>"""), "wait", "invalid-variable-events" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition /></bpmn:intermediateCatchEvent>"""), "wait", "unknown-signal" },
        { Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>""", declarations: """<bpmn:signal id="s" />"""), "wait", "unknown-signal" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:signalEventDefinition signalRef="nope" /></bpmn:intermediateThrowEvent>"""), "throw", "unknown-signal" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:cancelEventDefinition /></bpmn:intermediateThrowEvent>"""), "throw", "unsupported-event-definition" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:messageEventDefinition camunda:type="external" /></bpmn:intermediateThrowEvent>"""), "throw", "missing-topic" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:messageEventDefinition camunda:class="x.Y" /></bpmn:intermediateThrowEvent>"""), "throw", "unsupported-extension" },
        // tasks without behaviour of their own, send and receive tasks
        { Around("send", """<bpmn:sendTask id="send" />"""), "send", "service-task-not-external" },
        { Around("send", """<bpmn:sendTask id="send" camunda:type="external" />"""), "send", "missing-topic" },
        { Around("receive", """<bpmn:receiveTask id="receive" />"""), "receive", "unknown-message" },
        { Around("receive", """<bpmn:receiveTask id="receive" messageRef="nope" />""", declarations: Message), "receive", "unknown-message" },
        { Around("review", """<bpmn:task id="review" camunda:class="x.Y" />"""), "review", "unsupported-extension" },
        // link events
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateThrowEvent>"""), "throw", "link-target" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:linkEventDefinition /></bpmn:intermediateThrowEvent>"""), "throw", "missing-link-name" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:intermediateThrowEvent id="throw"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateThrowEvent><bpmn:intermediateCatchEvent id="c1"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateCatchEvent><bpmn:intermediateCatchEvent id="c2"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateCatchEvent><bpmn:endEvent id="end" />""" + Flow("f1", "start", "throw") + Flow("f2", "c1", "end") + Flow("f3", "c2", "end")), "throw", "link-target" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:intermediateCatchEvent id="c1"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateCatchEvent><bpmn:endEvent id="end" />""" + Flow("f1", "start", "end") + Flow("f2", "c1", "end")), "c1", "link-source" },
        { Process("""<bpmn:startEvent id="start"><bpmn:timerEventDefinition><bpmn:timeCycle>every day</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent><bpmn:endEvent id="end" />""" + Flow("f", "start", "end")), "start", "invalid-timer" },
        { Around("review", """<bpmn:userTask id="review" camunda:initiator="starter" />"""), "review", "unsupported-extension" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:cancelEventDefinition /></bpmn:endEvent>""" + Flow("f", "start", "end")), "end", "unsupported-event-definition" },
        // errors and escalations
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:errorEventDefinition /></bpmn:endEvent>""" + Flow("f", "start", "end")), "end", "unknown-error" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:errorEventDefinition errorRef="nope" /></bpmn:endEvent>""" + Flow("f", "start", "end")), "end", "unknown-error" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:errorEventDefinition errorRef="e" /></bpmn:endEvent>""" + Flow("f", "start", "end"), """<bpmn:error id="e" name="no code" />"""), "end", "missing-error-code" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end"><bpmn:errorEventDefinition errorRef="e" camunda:errorCodeVariable="c" /></bpmn:endEvent>""" + Flow("f", "start", "end"), """<bpmn:error id="e" errorCode="E" />"""), "end", "unsupported-extension" },
        { Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:escalationEventDefinition /></bpmn:intermediateThrowEvent>"""), "throw", "unknown-escalation" },
        { OnReview("""<bpmn:boundaryEvent id="onTime" attachedToRef="review" cancelActivity="false"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>"""), "onTime", "error-boundary-not-interrupting" },
        { OnReview("""<bpmn:boundaryEvent id="onTime" attachedToRef="review"><bpmn:escalationEventDefinition /></bpmn:boundaryEvent>"""), "onTime", "invalid-attachment" },
        { Process("""<bpmn:startEvent id="start" /><bpmn:endEvent id="end" />""" + Flow("f", "start", "end"), """<bpmn:message id="m" name="x"><bpmn:extensionElements><camunda:properties><camunda:property name="bufferTimeToLive" value="an hour" /></camunda:properties></bpmn:extensionElements></bpmn:message>"""), "m", "invalid-buffer-ttl" },
        // boundary events
        { OnReview(TimerBoundary("soon")), "onTime", "invalid-timer" },
        { OnReview(TimerBoundary().Replace("review\">", "elsewhere\">")), "onTime", "invalid-attachment" },
        { OnReview(TimerBoundary(), """<bpmn:userTask id="review" /><bpmn:parallelGateway id="gw" />""").Replace("attachedToRef=\"review\"", "attachedToRef=\"gw\""), "onTime", "invalid-attachment" },
        { OnReview(TimerBoundary()).Replace(Flow("esc", "onTime", "escalated"), ""), "onTime", "boundary-outgoing" },
        { OnReview(TimerBoundary(), """<bpmn:userTask id="review" /><bpmn:endEvent id="other" />""" + Flow("esc2", "onTime", "other")), "onTime", "boundary-outgoing" },
        { OnReview(TimerBoundary() + Flow("into", "start", "onTime")), "onTime", "boundary-incoming" },
        { OnReview("""<bpmn:boundaryEvent id="onTime" attachedToRef="review"><bpmn:cancelEventDefinition /></bpmn:boundaryEvent>"""), "onTime", "unsupported-event-definition" },
        // process-level extensions
        { Definitions("""<bpmn:process id="p" isExecutable="true"><bpmn:extensionElements><camunda:executionListener event="start" class="x" /></bpmn:extensionElements><bpmn:startEvent id="s" /><bpmn:endEvent id="e" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" /></bpmn:process>"""), "p", "unsupported-extension" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void ElementRules_ReportIssue_WhenRuleIsViolated(string xml, string elementId, string code)
    {
        // Given the document in the row / When it is parsed / Then
        RuleAssert.Rejects(xml, elementId, code);
    }

    public static TheoryData<string> Accepted => new()
    {
        Around("wait", Timer("wait", "timeDuration", "P2W")),
        Around("wait", Timer("wait", "timeDuration", "${reviewLimit}")),
        Around("wait", Timer("wait", "timeDate", "2030-06-01T08:00:00Z")),
        Around("wait", Timer("wait", "timeCycle", "R/P1D")),
        Around("wait", Timer("wait", "timeCycle", "R2/2030-06-01T08:00:00+08:00/PT12H")),
        OnReview(TimerBoundary()),
        OnReview(TimerBoundary().Replace("attachedToRef=\"review\"", "attachedToRef=\"review\" cancelActivity=\"false\"")),
        OnReview("""<bpmn:boundaryEvent id="onTime" attachedToRef="review"><bpmn:messageEventDefinition messageRef="m" /></bpmn:boundaryEvent>"""),
        Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="JavaScript"><bpmn:script>var total = 1 + 2; total;</bpmn:script></bpmn:scriptTask>"""),
        Around("review", """<bpmn:task id="review" />"""),
        Around("wait", """<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>""", declarations: """<bpmn:signal id="s" name="go" />"""),
        OnReview("""<bpmn:boundaryEvent id="onTime" attachedToRef="review"><bpmn:errorEventDefinition camunda:errorCodeVariable="code" /></bpmn:boundaryEvent>"""),
        Around("review", """<bpmn:manualTask id="review" camunda:asyncBefore="true" />"""),
        Around("throw", """<bpmn:intermediateThrowEvent id="throw" />"""),
        Around("throw", """<bpmn:intermediateThrowEvent id="throw"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateThrowEvent>""", declarations: Message),
        Around("receive", """<bpmn:receiveTask id="receive" messageRef="m" />""", declarations: Message),
        Process("""<bpmn:startEvent id="start" /><bpmn:intermediateThrowEvent id="throw"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateThrowEvent><bpmn:intermediateCatchEvent id="catch"><bpmn:linkEventDefinition name="a" /></bpmn:intermediateCatchEvent><bpmn:endEvent id="end" />""" + Flow("f1", "start", "throw") + Flow("f2", "catch", "end")),
        Around("calc", """<bpmn:scriptTask id="calc" scriptFormat="ecmascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"""),
        Around("review", """<bpmn:userTask id="review" camunda:dueDate="${due}" camunda:versionTag="2" camunda:modelerTemplate="t" camunda:modelerTemplateVersion="1" />"""),
        Around("review", """<bpmn:userTask id="review" camunda:async="true"><bpmn:documentation>d</bpmn:documentation><bpmn:dataInputAssociation id="di" /><bpmn:extensionElements><camunda:properties><camunda:property name="note" value="x" /></camunda:properties></bpmn:extensionElements></bpmn:userTask>"""),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void ElementRules_Accept_WhenElementIsSupported(string xml)
    {
        // Given the document in the row / When it is parsed / Then
        RuleAssert.Accepts(xml);
    }

    [Fact]
    public void Parser_ReportsAllProblems_WhenSeveralElementsAreWrong()
    {
        // Given three independent mistakes
        var xml = Around("call",
            """<bpmn:serviceTask id="call" camunda:class="x" /><bpmn:sendTask id="send" />""" + Timer("wait", "timeDuration", "later"),
            Flow("s1", "call", "send") + Flow("s2", "send", "wait") + Flow("s3", "wait", "end"));

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        Assert.Equal(
            [("call", "unsupported-extension"), ("send", "service-task-not-external"), ("wait", "invalid-timer")],
            result.Issues.Select(i => (i.ElementId, i.Code)).Order().ToArray());
    }
}
