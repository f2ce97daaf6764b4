using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// A <c>compensateEventDefinition</c>. On a boundary event, the handler is the activity its <c>association</c> points
/// to (BPMN draws no sequence flow out of it); on a throw or end event, <c>activityRef</c> narrows compensation to one
/// activity. <c>waitForCompletion="false"</c> is read and waited for anyway, as Camunda 7 does.
/// </summary>
internal static class CompensationEventReader
{
    public static EventDefinitionRead Read(XElement @event, XElement definition, ReaderContext context)
    {
        CamundaAttributes.Check(@event, definition, context);
        var activityRef = BpmnElement.NullIfBlank((string?)definition.Attribute("activityRef"));
        if (@event.Name.LocalName != "boundaryEvent")
            return new EventDefinitionRead(true, new CompensationDefinition(activityRef));

        var handlers = AssociatedEnds(@event).Distinct(StringComparer.Ordinal).ToArray();
        if (handlers.Length == 1)
            return new EventDefinitionRead(true, new CompensationDefinition(null) { HandlerId = handlers[0] });
        context.Report(@event, "compensation-handler", handlers.Length == 0
            ? "Expected an association from the compensation boundary event to its compensation handler (an activity with isForCompensation=\"true\"), but there is none"
            : $"Expected one association from the compensation boundary event to its compensation handler, but found {handlers.Length} ({string.Join(", ", handlers)})");
        return EventDefinitionRead.Failed;
    }

    /// <summary>The other end of each association of the boundary event: drawn from the event to the handler, the reverse is accepted too.</summary>
    private static IEnumerable<string> AssociatedEnds(XElement boundary)
    {
        var id = boundary.IdOf();
        foreach (var association in boundary.Document?.Descendants(BpmnNamespaces.Bpmn + "association") ?? [])
        {
            var source = ((string?)association.Attribute("sourceRef"))?.Trim();
            var target = ((string?)association.Attribute("targetRef"))?.Trim();
            var other = source == id ? target : target == id ? source : null;
            // An association to a text annotation is a comment on the event, not its handler.
            if (!string.IsNullOrEmpty(other) && !IsAnnotation(boundary.Document!, other))
                yield return other;
        }
    }

    private static bool IsAnnotation(XDocument document, string id) =>
        document.Descendants(BpmnNamespaces.Bpmn + "textAnnotation").Any(a => a.IdOf() == id);

    /// <summary>Marks the node just read as a compensation handler when it says <c>isForCompensation="true"</c>.</summary>
    public static void ApplyHandlerMarker(XElement element, ReaderContext context)
    {
        if (!element.IsTrue("isForCompensation"))
            return;
        var id = element.IdOf();
        var index = context.Nodes.FindIndex(n => n.Id == id);
        if (index >= 0)
            context.Nodes[index] = context.Nodes[index] with { IsForCompensation = true };
    }
}
