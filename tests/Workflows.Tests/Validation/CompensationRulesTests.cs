using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>Compensation as Camunda 7 parses it: boundary → association → isForCompensation handler, throws naming their scope's activities.</summary>
public class CompensationRulesTests
{
    private const string Handler = """<bpmn:task id="undo" isForCompensation="true" />""";
    private const string Boundary = """<bpmn:boundaryEvent id="onMiddle" attachedToRef="middle"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>""";
    private const string Association = """<bpmn:association id="assoc" sourceRef="onMiddle" targetRef="undo" />""";

    private static string WithHandler(string extra = "", string handler = Handler, string boundary = Boundary, string association = Association) =>
        Around("middle", """<bpmn:task id="middle" />""", boundary + handler + association + extra);

    [Fact]
    public void Compensation_IsAccepted_WithABoundaryAnAssociationAndAHandler() =>
        RuleAssert.Accepts(WithHandler());

    [Fact]
    public void CompensationBoundary_IsRejected_WithoutAnAssociation() =>
        RuleAssert.Rejects(WithHandler(association: ""), "onMiddle", "compensation-handler");

    [Fact]
    public void CompensationBoundary_IsRejected_WhenItsHandlerIsNotMarkedForCompensation() =>
        RuleAssert.Rejects(WithHandler(handler: """<bpmn:task id="undo" />"""), "onMiddle", "compensation-handler");

    [Fact]
    public void CompensationBoundary_IsRejected_WithAnOutgoingFlow() =>
        RuleAssert.Rejects(WithHandler("""<bpmn:endEvent id="after" />""" + Flow("out", "onMiddle", "after")), "onMiddle", "boundary-outgoing");

    [Fact]
    public void CompensationHandler_IsRejected_WithASequenceFlow() =>
        RuleAssert.Rejects(WithHandler("""<bpmn:endEvent id="after" />""" + Flow("out", "undo", "after")), "undo", "compensation-handler-flow");

    [Fact]
    public void CompensationThrow_IsRejected_WhenItsActivityRefIsInAnotherScope()
    {
        // Given: the throw names a task inside a sub-process; compensation never reaches into another scope
        var xml = Process("""
            <bpmn:startEvent id="start" />
            <bpmn:subProcess id="sub"><bpmn:startEvent id="subStart" /><bpmn:task id="inner" /><bpmn:endEvent id="subEnd" />
              <bpmn:sequenceFlow id="s1" sourceRef="subStart" targetRef="inner" /><bpmn:sequenceFlow id="s2" sourceRef="inner" targetRef="subEnd" />
            </bpmn:subProcess>
            <bpmn:intermediateThrowEvent id="undoInner"><bpmn:compensateEventDefinition activityRef="inner" /></bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="end" />
            """ + Flow("f1", "start", "sub") + Flow("f2", "sub", "undoInner") + Flow("f3", "undoInner", "end"));

        // When / Then
        RuleAssert.Rejects(xml, "undoInner", "compensation-activity-ref");
    }

    [Fact]
    public void CompensationStartEvent_InAnEventSubProcess_IsRejectedWithItsReason() =>
        RuleAssert.Rejects(Around("middle", """<bpmn:task id="middle" />""", """
            <bpmn:subProcess id="onCompensate" triggeredByEvent="true">
              <bpmn:startEvent id="compensateStart"><bpmn:compensateEventDefinition /></bpmn:startEvent>
              <bpmn:endEvent id="compensateEnd" />
              <bpmn:sequenceFlow id="c1" sourceRef="compensateStart" targetRef="compensateEnd" />
            </bpmn:subProcess>
            """), "compensateStart", "unsupported-event-definition");
}
