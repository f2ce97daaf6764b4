using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>The call activity's reader and rules: what a Camunda 7 modeler can write that we refuse, and why.</summary>
public class CallActivityRulesTests
{
    private static string Call(string attributes, string extensions = "") =>
        Around("call", $"""<bpmn:callActivity id="call" {attributes}><bpmn:extensionElements>{extensions}</bpmn:extensionElements></bpmn:callActivity>""");

    public static TheoryData<string, string> Violations => new()
    {
        { Call(""), "missing-called-element" },
        { Call("""calledElement="c" camunda:calledElementBinding="version" """), "missing-called-version" },
        { Call("""calledElement="c" camunda:calledElementBinding="version" camunda:calledElementVersion="${v}" """), "invalid-called-version" },
        { Call("""calledElement="c" camunda:calledElementVersion="2" """), "called-version-without-binding" },
        { Call("""calledElement="c" camunda:calledElementBinding="versionTag" """), "missing-called-version-tag" },
        { Call("""calledElement="c" camunda:calledElementVersionTag="t" """), "called-version-tag-without-binding" },
        { Call("""calledElement="c" camunda:calledElementBinding="tenant" """), "unsupported-binding" },
        { Call("""camunda:caseRef="someCase" """), "unsupported-extension" },
        { Call("""calledElement="c" camunda:calledElementTenantId="t" """), "unsupported-extension" },
        { Call("""calledElement="c" """, """<camunda:in source="a" />"""), "invalid-variable-mapping" },
        { Call("""calledElement="c" """, """<camunda:out source="a" sourceExpression="${b}" target="c" />"""), "invalid-variable-mapping" },
        { Call("""calledElement="c" """, """<camunda:in source="a" target="a" local="true" />"""), "unsupported-extension" },
        { Call("""calledElement="c" """, """<camunda:in variables="all" /><camunda:executionListener event="start" class="x" />"""), "unsupported-extension" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void CallActivity_IsRejected_WhenItsReferenceOrMappingIsUnusable(string xml, string code) =>
        RuleAssert.Rejects(xml, "call", code);

    [Theory]
    [InlineData("""calledElement="correction" """, "")]
    [InlineData("""calledElement="correction" camunda:calledElementBinding="deployment" camunda:asyncBefore="true" """, """<camunda:in businessKey="#{execution.processBusinessKey}" /><camunda:in variables="all" /><camunda:out variables="all" />""")]
    [InlineData("""calledElement="correction" camunda:calledElementBinding="version" camunda:calledElementVersion="3" """, """<camunda:in source="a" target="b" /><camunda:out sourceExpression="${x + 1}" target="y" />""")]
    [InlineData("""calledElement="correction" camunda:calledElementBinding="versionTag" camunda:calledElementVersionTag="2026-Q1" """, "")]
    public void CallActivity_IsAccepted_WithAProcessReference(string attributes, string extensions) =>
        RuleAssert.Accepts(Call(attributes, extensions));
}
