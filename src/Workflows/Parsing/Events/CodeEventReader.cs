using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// Error and escalation event definitions. A throw must name a declaration with a code (the catch is found by it);
/// a catch without a reference catches every code, as in Camunda 7.
/// </summary>
internal static class CodeEventReader
{
    public static EventDefinitionRead ReadError(XElement @event, XElement definition, ReaderContext context, bool throwing)
    {
        CamundaAttributes.Check(@event, definition, context, throwing ? Array.Empty<string>() : ["errorCodeVariable", "errorMessageVariable"]);
        if (!TryReadCode(@event, definition, context, throwing, "errorRef", "error", "errorCode", context.Errors, out var code))
            return EventDefinitionRead.Failed;
        return new EventDefinitionRead(true, new ErrorDefinition(code)
        {
            CodeVariable = definition.Camunda("errorCodeVariable"),
            MessageVariable = definition.Camunda("errorMessageVariable"),
        });
    }

    public static EventDefinitionRead ReadEscalation(XElement @event, XElement definition, ReaderContext context, bool throwing)
    {
        CamundaAttributes.Check(@event, definition, context, throwing ? Array.Empty<string>() : ["escalationCodeVariable"]);
        if (!TryReadCode(@event, definition, context, throwing, "escalationRef", "escalation", "escalationCode", context.Escalations, out var code))
            return EventDefinitionRead.Failed;
        return new EventDefinitionRead(true, new EscalationDefinition(code)
        {
            CodeVariable = definition.Camunda("escalationCodeVariable"),
        });
    }

    private static bool TryReadCode(
        XElement @event, XElement definition, ReaderContext context, bool throwing,
        string referenceAttribute, string declaration, string codeAttribute,
        IReadOnlyDictionary<string, string?> declared, out string? code)
    {
        code = null;
        var reference = BpmnElement.NullIfBlank((string?)definition.Attribute(referenceAttribute));
        if (reference is null && !throwing)
            return true;
        if (reference is null || !declared.TryGetValue(reference, out code))
        {
            context.Report(@event, $"unknown-{declaration}", reference is null
                ? $"Expected {referenceAttribute} naming a bpmn:{declaration} (a thrown {declaration} is caught by its code), but it is missing"
                : $"Expected {referenceAttribute} to name a bpmn:{declaration}, but '{reference}' is not declared");
            return false;
        }

        if (code is null && throwing)
        {
            context.Report(@event, $"missing-{declaration}-code",
                $"Expected bpmn:{declaration} '{reference}' to have an {codeAttribute} (the catch is found by it), but it has none");
            return false;
        }

        return true;
    }
}
