using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>The business rule task's reader and rules: what a Camunda 7 modeler can write that we refuse, and why.</summary>
public class BusinessRuleTaskRulesTests
{
    private static string Task(string attributes) => Around("rules", $"""<bpmn:businessRuleTask id="rules" {attributes} />""");

    public static TheoryData<string, string> Violations => new()
    {
        { Task(""), "missing-decision-ref" },
        { Task("""camunda:decisionRef="${which}" """), "decision-ref-expression" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefBinding="version" """), "missing-decision-version" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefBinding="version" camunda:decisionRefVersion="0" """), "missing-decision-version" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefBinding="version" camunda:decisionRefVersion="${v}" """), "invalid-decision-version" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefVersion="2" """), "decision-version-without-binding" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefBinding="versionTag" """), "unsupported-binding" },
        { Task("""camunda:decisionRef="d" camunda:mapDecisionResult="firstEntry" """), "unknown-result-mapping" },
        { Task("""camunda:class="org.example.Rules" """), "unsupported-extension" },
        { Task("""camunda:type="external" camunda:topic="rules" """), "unsupported-extension" },
        { Task("""camunda:decisionRef="d" camunda:decisionRefTenantId="t" """), "unsupported-extension" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void BusinessRuleTask_IsRejected_WhenItsDecisionReferenceIsUnusable(string xml, string code) =>
        RuleAssert.Rejects(xml, "rules", code);

    [Theory]
    [InlineData("""camunda:decisionRef="routing" """)]
    [InlineData("""camunda:decisionRef="routing" camunda:decisionRefBinding="deployment" camunda:resultVariable="r" camunda:mapDecisionResult="collectEntries" """)]
    [InlineData("""camunda:decisionRef="routing" camunda:decisionRefBinding="version" camunda:decisionRefVersion="3" camunda:mapDecisionResult="singleEntry" camunda:resultVariable="r" camunda:asyncBefore="true" """)]
    public void BusinessRuleTask_IsAccepted_WithADecisionReference(string attributes) =>
        RuleAssert.Accepts(Task(attributes));
}
