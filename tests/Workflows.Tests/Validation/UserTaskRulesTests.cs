using static SocialInsurance.Workflows.Tests.Bpmn;

namespace SocialInsurance.Workflows.Tests.Validation;

/// <summary>The user task's reader: forms we cannot serve, listeners we cannot run, performers we cannot read.</summary>
public class UserTaskRulesTests
{
    private static string Task(string attributes, string content = "") =>
        Around("review", $"""<bpmn:userTask id="review" {attributes}>{content}</bpmn:userTask>""");

    private static string Listener(string listener) =>
        $"""<bpmn:extensionElements>{listener}</bpmn:extensionElements>""";

    private static string Owner(string role, string expression) =>
        $"""<bpmn:{role}><bpmn:resourceAssignmentExpression><bpmn:formalExpression>{expression}</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:{role}>""";

    public static TheoryData<string, string> Violations => new()
    {
        { Task("""camunda:formKey="embedded:app:forms/review.html" """), "unservable-form" },
        { Task("""camunda:formKey="embedded:deployment:review.html" """), "unservable-form" },
        { Task("""camunda:formKey="app:review.jsf" """), "unservable-form" },
        { Task("""camunda:formKey="camunda-forms:app:forms/review.form" """), "unservable-form" },
        { Task("""camunda:formKey="camunda-forms:deployment:" """), "unservable-form" },
        { Task("""camunda:formRef="f" camunda:formKey="g" """), "ambiguous-form" },
        { Task("""camunda:formRef="f" camunda:formRefBinding="version" camunda:formRefVersion="2" """), "unsupported-binding" },
        { Task("""camunda:formRef="f" camunda:formRefBinding="deployment" """), "unsupported-binding" },
        { Task("""camunda:formRefBinding="latest" """), "missing-form-ref" },
        { Task("""camunda:priority="high" """), "invalid-priority" },
        { Task("", Listener("""<camunda:taskListener event="create" class="org.example.Listener" />""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="create" delegateExpression="${listener}" />""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="create" expression="${bean.notify(task)}" />""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="timeout"><camunda:script scriptFormat="javascript">1</camunda:script></camunda:taskListener>""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="create"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:taskListener>""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="create"><camunda:script scriptFormat="javascript" resource="a.js" /></camunda:taskListener>""")), "unsupported-listener" },
        { Task("", Listener("""<camunda:taskListener event="create"><camunda:script scriptFormat="javascript">if (</camunda:script></camunda:taskListener>""")), "invalid-script" },
        { Task("", """<bpmn:potentialOwner><bpmn:resourceRef>r1</bpmn:resourceRef></bpmn:potentialOwner>"""), "invalid-performer" },
        { Task("", Owner("potentialOwner", "")), "invalid-performer" },
        { Task("", Owner("humanPerformer", "user(a), user(b)")), "invalid-performer" },
        { Task("", Owner("humanPerformer", "group(a)")), "invalid-performer" },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void UserTask_IsRejected_WhenItsFormListenerOrPerformerCannotBeServed(string xml, string code) =>
        RuleAssert.Rejects(xml, "review", code);

    [Theory]
    [InlineData("""camunda:formKey="review-application.form" """, "")]
    [InlineData("""camunda:formKey="camunda-forms:deployment:review-application.form" camunda:priority="70" """, "")]
    [InlineData("""camunda:formRef="review" camunda:formRefBinding="latest" camunda:priority="${p}" """, "")]
    [InlineData("""camunda:assignee="${initiator}" """, """<bpmn:performer><bpmn:resourceAssignmentExpression><bpmn:formalExpression>group(a)</bpmn:formalExpression></bpmn:resourceAssignmentExpression></bpmn:performer>""")]
    [InlineData("", """<bpmn:extensionElements><camunda:taskListener event="complete"><camunda:script scriptFormat="javascript">task.setVariable('x', 1)</camunda:script></camunda:taskListener></bpmn:extensionElements>""")]
    public void UserTask_IsAccepted_WithServableFormsListenersAndPerformers(string attributes, string content) =>
        RuleAssert.Accepts(Task(attributes, content));
}
