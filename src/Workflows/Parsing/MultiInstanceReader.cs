using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Reads <c>multiInstanceLoopCharacteristics</c> after an activity's own reader has added its node, and puts it on
/// that node: the loop is the same for every activity kind, so no reader needs to know about it.
/// </summary>
internal static class MultiInstanceReader
{
    public const string ElementName = "multiInstanceLoopCharacteristics";

    public static void Apply(XElement element, ReaderContext context)
    {
        var loop = element.Element(BpmnNamespaces.Bpmn + ElementName);
        if (loop is null)
            return;
        var id = element.IdOf();
        var index = context.Nodes.FindIndex(n => n.Id == id);
        if (index < 0)
            return;
        if (context.Nodes[index] is not (UserTask or ServiceTask or SendTask or ScriptTask or BusinessRuleTask
            or ReceiveTask or PassThroughTask or SubProcess or CallActivity))
        {
            context.Report(element, "unsupported-element",
                $"Expected multi-instance only on tasks, sub-processes and call activities, but found it on {BpmnElement.WithArticle(element.Name.LocalName)}");
            return;
        }

        CamundaAttributes.Check(element, loop, context, "collection", "elementVariable");
        foreach (var child in loop.Elements().Where(c => c.Name.Namespace == BpmnNamespaces.Bpmn))
        {
            if (child.Name.LocalName is not ("loopCardinality" or "completionCondition" or "extensionElements" or "documentation"))
                context.Report(element, "unsupported-element",
                    $"Expected loopCardinality or completionCondition in the multi-instance loop, but found {child.Name.LocalName} (data-input based loops are not supported; use camunda:collection)");
        }

        context.Nodes[index] = context.Nodes[index] with
        {
            Loop = new MultiInstanceLoopCharacteristics
            {
                IsSequential = loop.IsTrue("isSequential"),
                Cardinality = BpmnElement.NullIfBlank(loop.Element(BpmnNamespaces.Bpmn + "loopCardinality")?.Value),
                CompletionCondition = JuelText(loop.Element(BpmnNamespaces.Bpmn + "completionCondition")?.Value),
                Collection = BpmnElement.NullIfBlank(loop.Camunda("collection")),
                ElementVariable = BpmnElement.NullIfBlank(loop.Camunda("elementVariable")),
            },
        };
    }

    /// <summary>Like a sequence flow's condition: JavaScript as written, JUEL rewritten when it is not JavaScript already.</summary>
    private static string? JuelText(string? text)
    {
        if (BpmnElement.NullIfBlank(text) is not { } condition)
            return null;
        return JavaScriptSyntax.ExpressionError(condition) is not null
               && JuelConditions.ToJavaScript(condition) is { } rewritten && JavaScriptSyntax.ExpressionError(rewritten) is null
            ? rewritten
            : condition;
    }
}
