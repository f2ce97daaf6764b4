using SocialInsurance.Workflows.Parsing;
using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>ExclusiveGatewayRules, EventBasedGatewayRules and the condition checks of SequenceFlowRules.</summary>
public class GatewayRulesTests
{
    private static string Split(string gateway, string flows, string targets = """<bpmn:userTask id="a" /><bpmn:userTask id="b" />""") =>
        Split(gateway, flows, targets, "");

    private static string Split(string gateway, string flows, string targets, string declarations) =>
        Process($"""
            <bpmn:startEvent id="start" />{gateway}{targets}<bpmn:endEvent id="end" />
            {Flow("in", "start", "gw")}{flows}{Flow("aEnd", "a", "end")}{Flow("bEnd", "b", "end")}
            """, declarations);

    /// <summary>A split whose targets are a message catch and a timer catch.</summary>
    private static string EventSplit(string gateway, string flows) => Split(gateway, flows, EventTargets, Catches);

    private const string Catches = """
        <bpmn:message id="m" name="agreementSigned" />
        """;

    private const string EventTargets = """
        <bpmn:intermediateCatchEvent id="a"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>
        <bpmn:intermediateCatchEvent id="b"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        """;

    public static TheoryData<string, string, string> Violations => new()
    {
        { Split("""<bpmn:exclusiveGateway id="gw" />""", Flow("toA", "gw", "a", "${approved}") + Flow("toB", "gw", "b")), "toB", "missing-condition" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="elsewhere" />""", Flow("toA", "gw", "a", "${approved}") + Flow("toB", "gw", "b", "${!approved}")), "gw", "invalid-default-flow" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="aEnd" />""", Flow("toA", "gw", "a", "${approved}") + Flow("toB", "gw", "b", "${!approved}")), "gw", "invalid-default-flow" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", Flow("toA", "gw", "a", "= approved") + Flow("toB", "gw", "b")), "toA", "invalid-condition" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", Flow("toA", "gw", "a", "${empty status}") + Flow("toB", "gw", "b")), "toA", "invalid-condition" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", Flow("toA", "gw", "a", "next(); return 1;") + Flow("toB", "gw", "b")), "toA", "invalid-condition" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", """<bpmn:sequenceFlow id="toA" sourceRef="gw" targetRef="a"><bpmn:conditionExpression language="groovy">approved == true</bpmn:conditionExpression></bpmn:sequenceFlow>""" + Flow("toB", "gw", "b")), "toA", "unsupported-condition-language" },
        { Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", """<bpmn:sequenceFlow id="toA" sourceRef="gw" targetRef="a"><bpmn:conditionExpression language="FEEL">approved</bpmn:conditionExpression></bpmn:sequenceFlow>""" + Flow("toB", "gw", "b")), "toA", "unsupported-condition-language" },
        { Split("""<bpmn:parallelGateway id="gw" />""", Flow("toA", "gw", "a", "${approved}") + Flow("toB", "gw", "b")), "toA", "unexpected-condition" },
        { Split("""<bpmn:eventBasedGateway id="gw" />""", Flow("toA", "gw", "a") + Flow("toB", "gw", "b")), "toA", "event-gateway-target" },
        { EventSplit("""<bpmn:eventBasedGateway id="gw" />""", Flow("toA", "gw", "a") + """<bpmn:endEvent id="bAlone" />""" + Flow("toEnd", "b", "bAlone")), "gw", "event-gateway-outgoing" },
        { EventSplit("""<bpmn:eventBasedGateway id="gw" />""", Flow("toA", "gw", "a", "${x}") + Flow("toB", "gw", "b")), "toA", "event-gateway-condition" },
        { EventSplit("""<bpmn:eventBasedGateway id="gw" instantiate="true" />""", Flow("toA", "gw", "a") + Flow("toB", "gw", "b")), "gw", "unsupported-element" },
        { Split("""<bpmn:complexGateway id="gw" />""", Flow("toA", "gw", "a") + Flow("toB", "gw", "b")), "gw", "unsupported-element" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void GatewayRules_ReportIssue_WhenRuleIsViolated(string xml, string elementId, string code)
    {
        // Given the document in the row / When it is parsed / Then
        RuleAssert.Rejects(xml, elementId, code);
    }

    public static TheoryData<string> Accepted => new()
    {
        Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", Flow("toA", "gw", "a", "${approved}") + Flow("toB", "gw", "b")),
        Split("""<bpmn:exclusiveGateway id="gw" />""", Flow("toA", "gw", "a", "amount &gt; 1000 &amp;&amp; region === 'urumqi'") + Flow("toB", "gw", "b", "amount &lt;= 1000")),
        Split("""<bpmn:exclusiveGateway id="gw" default="toB" />""", """<bpmn:sequenceFlow id="toA" sourceRef="gw" targetRef="a"><bpmn:conditionExpression language="JavaScript">this.variables.ok</bpmn:conditionExpression></bpmn:sequenceFlow>""" + Flow("toB", "gw", "b")),
        Split("""<bpmn:parallelGateway id="gw" />""", Flow("toA", "gw", "a") + Flow("toB", "gw", "b")),
        EventSplit("""<bpmn:eventBasedGateway id="gw" />""", Flow("toA", "gw", "a") + Flow("toB", "gw", "b")),
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void GatewayRules_Accept_WhenGatewayIsWellFormed(string xml)
    {
        // Given the document in the row / When it is parsed / Then
        RuleAssert.Accepts(xml);
    }

    [Fact]
    public void ExclusiveGatewayRules_ReportZeebeStyleMessage_WhenFixtureFlowHasNoCondition()
    {
        // Given a fixture drawn in the modeler: two ways out, one with neither condition nor default
        var xml = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "Fixtures", "exclusive-gateway-missing-condition.bpmn"));

        // When
        var result = new BpmnParser().Parse(xml);

        // Then
        var issue = Assert.Single(result.Issues);
        Assert.Equal(("toSupplement", "sequenceFlow", "missing-condition"), (issue.ElementId, issue.ElementType, issue.Code));
        Assert.Equal("Must have a condition or be default flow", issue.Message);
    }
}
