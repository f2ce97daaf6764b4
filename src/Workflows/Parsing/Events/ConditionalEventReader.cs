using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;
using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// A <c>conditionalEventDefinition</c>: its <c>condition</c> is read like a sequence flow's (JavaScript, or the JUEL
/// subset rewritten to it), checked for syntax now rather than when a variable changes on a live case.
/// </summary>
internal static class ConditionalEventReader
{
    private static readonly string[] Changes = ["create", "update", "delete"];

    public static EventDefinitionRead Read(XElement @event, XElement definition, ReaderContext context)
    {
        CamundaAttributes.Check(@event, definition, context, "variableName", "variableEvents");
        var condition = definition.Element(BpmnNamespaces.Bpmn + "condition");
        var language = BpmnElement.NullIfBlank((string?)condition?.Attribute("language"));
        var text = BpmnElement.NullIfBlank(condition?.Value);
        if (text is null)
        {
            context.Report(@event, "missing-condition", "Expected a condition in the conditionalEventDefinition, but it has none");
            return EventDefinitionRead.Failed;
        }

        if (!JavaScriptSyntax.IsJavaScript(language))
        {
            context.Report(@event, "unsupported-condition-language", $"Expected a JavaScript condition, but its language is '{language}'");
            return EventDefinitionRead.Failed;
        }

        if (JavaScriptSyntax.ExpressionError(text) is { } error)
        {
            if (JuelConditions.ToJavaScript(text) is { } rewritten && JavaScriptSyntax.ExpressionError(rewritten) is null)
            {
                text = rewritten;
            }
            else
            {
                context.Report(@event, "invalid-condition", $"Expected the condition '{text}' to be one JavaScript expression, but {error}");
                return EventDefinitionRead.Failed;
            }
        }

        var events = (definition.Camunda("variableEvents") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.ToLowerInvariant())
            .ToArray();
        if (events.FirstOrDefault(e => !Changes.Contains(e)) is { } unknown)
        {
            context.Report(@event, "invalid-variable-events",
                $"Expected camunda:variableEvents to list create, update or delete, but found '{unknown}'");
            return EventDefinitionRead.Failed;
        }

        return new EventDefinitionRead(true, new ConditionalDefinition(text)
        {
            VariableName = BpmnElement.NullIfBlank(definition.Camunda("variableName")),
            VariableEvents = events,
        });
    }
}
