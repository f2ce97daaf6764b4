using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>The multi-instance reader and rules: what a Camunda 7 modeler can write on a loop that we refuse, and why.</summary>
public class MultiInstanceRulesTests
{
    private static string Task(string loop, string element = "userTask") =>
        Around("review", $"""<bpmn:{element} id="review">{loop}</bpmn:{element}>""");

    private static string Loop(string attributes, string content = "") =>
        $"""<bpmn:multiInstanceLoopCharacteristics {attributes}>{content}</bpmn:multiInstanceLoopCharacteristics>""";

    public static TheoryData<string, string> Violations => new()
    {
        { Task(Loop("")), "multi-instance-without-count" },
        { Task(Loop("""camunda:collection="reviewers" """, "<bpmn:loopCardinality>3</bpmn:loopCardinality>")), "multi-instance-count-twice" },
        { Task(Loop("""camunda:elementVariable="reviewer" """, "<bpmn:loopCardinality>3</bpmn:loopCardinality>")), "element-variable-without-collection" },
        { Task(Loop("""camunda:collection="reviewers" """, "<bpmn:completionCondition>${a ==}</bpmn:completionCondition>")), "invalid-expression" },
        { Task(Loop("""camunda:collection="reviewers" """, "<bpmn:loopDataInputRef>items</bpmn:loopDataInputRef>")), "unsupported-element" },
        { Task(Loop("""camunda:collection="reviewers" camunda:asyncAfter="true" """)), "unsupported-extension" },
        { Task("""<bpmn:standardLoopCharacteristics />"""), "unsupported-element" },
        { Task(Loop("""camunda:collection="reviewers" """) + """<bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="decision">${approved}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements>"""), "multi-instance-outputs" },
        { Around("review", """<bpmn:serviceTask id="review" camunda:type="external" camunda:topic="test.echo">""" + Loop("""camunda:collection="months" """) + """<bpmn:extensionElements><camunda:inputOutput><camunda:outputParameter name="paid">${paid}</camunda:outputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:serviceTask>"""), "multi-instance-outputs" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void MultiInstance_IsRejected_WhenItsLoopIsUnusable(string xml, string code) =>
        RuleAssert.Rejects(xml, "review", code);

    [Theory]
    [InlineData("""<bpmn:userTask id="review">{0}</bpmn:userTask>""", """camunda:collection="reviewers" camunda:elementVariable="reviewer" """, "")]
    [InlineData("""<bpmn:serviceTask id="review" camunda:type="external" camunda:topic="test.echo">{0}</bpmn:serviceTask>""", """isSequential="true" camunda:collection="${months}" """, "<bpmn:completionCondition>${not paid}</bpmn:completionCondition>")]
    [InlineData("""<bpmn:scriptTask id="review" scriptFormat="javascript">{0}<bpmn:script>1</bpmn:script></bpmn:scriptTask>""", "", "<bpmn:loopCardinality>${count}</bpmn:loopCardinality>")]
    [InlineData("""<bpmn:task id="review">{0}</bpmn:task>""", "", "<bpmn:loopCardinality>3</bpmn:loopCardinality>")]
    public void MultiInstance_IsAccepted_WithACollectionOrACardinality(string element, string attributes, string content) =>
        RuleAssert.Accepts(Around("review", element.Replace("{0}", Loop(attributes, content))));

    [Fact]
    public void MultiInstance_OnASubProcess_IsReadOntoTheSubProcess()
    {
        // Given
        var xml = Around("sub", """
            <bpmn:subProcess id="sub">
              <bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="subStart" /><bpmn:endEvent id="subEnd" /><bpmn:sequenceFlow id="inner" sourceRef="subStart" targetRef="subEnd" />
            </bpmn:subProcess>
            """);

        // When
        var result = new SocialInsurance.Workflows.Parsing.BpmnParser().Parse(xml);

        // Then
        Assert.Empty(result.Issues);
        var loop = result.Processes.Single().Node("sub").Loop;
        Assert.NotNull(loop);
        Assert.True(loop.IsSequential);
        Assert.Equal("2", loop.Cardinality);
    }
}
