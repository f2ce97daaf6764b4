using System.Xml.Linq;
using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Parsing.Extensions;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing;

/// <summary>
/// Conditions are JavaScript, or the JUEL subset <see cref="JuelConditions"/> rewrites to it. The definitions-wide <c>expressionLanguage</c> is not consulted: modelers write the
/// spec's XPath default there as boilerplate, so only a <c>language</c> on the condition itself is taken as intent.
/// </summary>
internal sealed class SequenceFlowReader : IElementReader
{
    public string ElementName => "sequenceFlow";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context);
        ChildElements.Check(element, context, "conditionExpression");
        ExtensionElementsReader.Read(element, context);

        string? condition = null;
        if (element.Element(BpmnNamespaces.Bpmn + "conditionExpression") is { } expression)
        {
            CamundaAttributes.Check(expression, context);
            var language = BpmnElement.NullIfBlank((string?)expression.Attribute("language"));
            condition = BpmnElement.NullIfBlank(expression.Value);
            if (!JavaScriptSyntax.IsJavaScript(language))
            {
                context.Report(element, "unsupported-condition-language",
                    $"Expected a JavaScript condition, but its language is '{language}'");
            }
            else if (condition is not null && JavaScriptSyntax.ExpressionError(condition) is not null
                     && JuelConditions.ToJavaScript(condition) is { } rewritten && JavaScriptSyntax.ExpressionError(rewritten) is null)
            {
                condition = rewritten;
            }
        }

        context.Flows.Add(new SequenceFlow(
            element.IdOf(),
            ((string?)element.Attribute("sourceRef"))?.Trim() ?? "",
            ((string?)element.Attribute("targetRef"))?.Trim() ?? "")
        {
            Name = element.NameOf(),
            Condition = condition,
        });
    }
}
