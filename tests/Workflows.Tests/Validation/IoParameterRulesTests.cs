using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>Values of <c>camunda:inputParameter</c>/<c>outputParameter</c>: which ones compile, and why the others do not.</summary>
public class IoParameterRulesTests
{
    private static string Script(string parameter) =>
        Around("work", $"""
            <bpmn:scriptTask id="work" scriptFormat="javascript">
              <bpmn:extensionElements><camunda:inputOutput>{parameter}</camunda:inputOutput></bpmn:extensionElements>
              <bpmn:script>1</bpmn:script>
            </bpmn:scriptTask>
            """);

    public static TheoryData<string> Invalid => new()
    {
        Script("""<camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:script scriptFormat="javascript" resource="x.js" /></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:script scriptFormat="javascript">if (</camunda:script></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:list><camunda:script scriptFormat="javascript">1</camunda:script></camunda:list></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:map><camunda:entry>1</camunda:entry></camunda:map></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:list /><camunda:list /></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter name="x"><camunda:value>1</camunda:value></camunda:inputParameter>"""),
        Script("""<camunda:inputParameter>1</camunda:inputParameter>"""),
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void IoParameter_IsRejected_WhenItsValueCannotBeRunHere(string xml) =>
        RuleAssert.Rejects(xml, "work", "invalid-io-parameter");

    [Theory]
    [InlineData("""<camunda:inputParameter name="x">plain text</camunda:inputParameter>""")]
    [InlineData("""<camunda:inputParameter name="x">reviewers-${region}</camunda:inputParameter>""")]
    [InlineData("""<camunda:inputParameter name="x"><camunda:list><camunda:value>a</camunda:value><camunda:list><camunda:value>${b}</camunda:value></camunda:list></camunda:list></camunda:inputParameter>""")]
    [InlineData("""<camunda:inputParameter name="x"><camunda:map><camunda:entry key="k"><camunda:map><camunda:entry key="n">${1 + 1}</camunda:entry></camunda:map></camunda:entry></camunda:map></camunda:inputParameter>""")]
    [InlineData("""<camunda:outputParameter name="x"><camunda:script scriptFormat="JavaScript">const y = 2; y * 3</camunda:script></camunda:outputParameter>""")]
    public void IoParameter_IsAccepted_WithTextListMapOrJavaScriptValues(string parameter) =>
        RuleAssert.Accepts(Script(parameter));
}
