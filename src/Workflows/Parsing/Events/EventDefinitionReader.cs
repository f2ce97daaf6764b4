using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal static class EventDefinitionReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Bpmn;

    /// <summary>Every event definition BPMN knows; those the element does not support are reported by name.</summary>
    public static readonly string[] AllNames =
    [
        "timerEventDefinition", "messageEventDefinition", "terminateEventDefinition", "signalEventDefinition",
        "errorEventDefinition", "escalationEventDefinition", "conditionalEventDefinition",
        "compensateEventDefinition", "cancelEventDefinition", "linkEventDefinition", "eventDefinitionRef",
    ];

    private static readonly (TimerKind Kind, string Element)[] TimerElements =
        [(TimerKind.Duration, "timeDuration"), (TimerKind.Date, "timeDate"), (TimerKind.Cycle, "timeCycle")];

    public static EventDefinitionRead Read(
        XElement @event, ReaderContext context, EventDefinitionKinds supported, ExtensionValues extensions, bool required)
    {
        var definitions = @event.Elements().Where(e => e.Name.Namespace == Bpmn && AllNames.Contains(e.Name.LocalName)).ToList();
        if (definitions.Count == 0)
        {
            if (!required)
                return new EventDefinitionRead(true);
            context.Report(@event, "unsupported-event-definition",
                $"Expected a {Describe(supported)} event definition, but found none");
            return EventDefinitionRead.Failed;
        }
        if (definitions.Count > 1)
        {
            context.Report(@event, "unsupported-event-definition",
                $"Expected one event definition, but found {definitions.Count} (multiple-trigger events are not supported)");
            return EventDefinitionRead.Failed;
        }

        var definition = definitions[0];
        return definition.Name.LocalName switch
        {
            "timerEventDefinition" when supported.HasFlag(EventDefinitionKinds.Timer) => ReadTimer(@event, definition, context),
            "messageEventDefinition" when supported.HasFlag(EventDefinitionKinds.Message) && IsThrowing(@event) =>
                MessageThrowReader.Read(@event, definition, context, extensions),
            "messageEventDefinition" when supported.HasFlag(EventDefinitionKinds.Message) => ReadMessage(@event, definition, context, extensions),
            "errorEventDefinition" when supported.HasFlag(EventDefinitionKinds.Error) => CodeEventReader.ReadError(@event, definition, context, IsThrowing(@event)),
            "escalationEventDefinition" when supported.HasFlag(EventDefinitionKinds.Escalation) => CodeEventReader.ReadEscalation(@event, definition, context, IsThrowing(@event)),
            "signalEventDefinition" when supported.HasFlag(EventDefinitionKinds.Signal) => ReadSignal(@event, definition, context),
            "linkEventDefinition" when supported.HasFlag(EventDefinitionKinds.Link) => ReadLink(@event, definition, context),
            "conditionalEventDefinition" when supported.HasFlag(EventDefinitionKinds.Conditional) => ConditionalEventReader.Read(@event, definition, context),
            "compensateEventDefinition" when supported.HasFlag(EventDefinitionKinds.Compensation) => CompensationEventReader.Read(@event, definition, context),
            "terminateEventDefinition" when supported.HasFlag(EventDefinitionKinds.Terminate) => new EventDefinitionRead(true, Terminate: true),
            var other => Unsupported(@event, other, supported, required, context),
        };
    }

    private static bool IsThrowing(XElement @event) => @event.Name.LocalName is "intermediateThrowEvent" or "endEvent";

    private static EventDefinitionRead ReadSignal(XElement @event, XElement definition, ReaderContext context)
    {
        var reference = BpmnElement.NullIfBlank((string?)definition.Attribute("signalRef"));
        if (reference is not null && context.Signals.TryGetValue(reference, out var name) && name is not null)
            return new EventDefinitionRead(true, new SignalDefinition(name));
        context.Report(@event, "unknown-signal", reference is null
            ? "Expected a signalRef naming a bpmn:signal (signals are broadcast by name), but it is missing"
            : context.Signals.ContainsKey(reference)
                ? $"Expected bpmn:signal '{reference}' to have a name (signals are broadcast by name), but it has none"
                : $"Expected signalRef to name a bpmn:signal, but '{reference}' is not declared");
        return EventDefinitionRead.Failed;
    }

    private static EventDefinitionRead ReadLink(XElement @event, XElement definition, ReaderContext context)
    {
        var name = BpmnElement.NullIfBlank(definition.NameOf());
        if (name is not null)
            return new EventDefinitionRead(true, new LinkDefinition(name));
        context.Report(@event, "missing-link-name",
            "Expected a name on the linkEventDefinition (a link throw finds its catch by name), but it has none");
        return EventDefinitionRead.Failed;
    }

    private static EventDefinitionRead ReadTimer(XElement @event, XElement definition, ReaderContext context)
    {
        var present = TimerElements
            .Select(t => (t.Kind, t.Element, Text: BpmnElement.NullIfBlank(definition.Element(Bpmn + t.Element)?.Value)))
            .Where(t => t.Text is not null)
            .ToList();
        if (present.Count == 1)
            return new EventDefinitionRead(true, new TimerDefinition(present[0].Kind, present[0].Text!));

        context.Report(@event, "invalid-timer", present.Count == 0
            ? "Expected one of timeDuration, timeDate or timeCycle, but found none"
            : $"Expected one of timeDuration, timeDate or timeCycle, but found {string.Join(" and ", present.Select(t => t.Element))}");
        return EventDefinitionRead.Failed;
    }

    private static EventDefinitionRead ReadMessage(
        XElement @event, XElement definition, ReaderContext context, ExtensionValues extensions)
    {
        var reference = BpmnElement.NullIfBlank((string?)definition.Attribute("messageRef"));
        if (reference is null || !context.Messages.TryGetValue(reference, out var message))
        {
            context.Report(@event, "unknown-message", reference is null
                ? "Expected a messageRef naming a bpmn:message, but it is missing"
                : $"Expected messageRef to name a bpmn:message, but '{reference}' is not declared");
            return EventDefinitionRead.Failed;
        }
        // A message without a name is reported where it is declared; correlation needs the name.
        return new EventDefinitionRead(true, new MessageDefinition(message.Name)
        {
            CorrelationKeyExpression = BpmnElement.NullIfBlank(extensions.Property("correlationKey")),
        });
    }

    private static EventDefinitionRead Unsupported(
        XElement @event, string found, EventDefinitionKinds supported, bool required, ReaderContext context)
    {
        var expected = required ? $"a {Describe(supported)} event definition" : $"no event definition or a {Describe(supported)} one";
        context.Report(@event, "unsupported-event-definition",
            $"Expected {expected} on {BpmnElement.WithArticle(@event.Name.LocalName)}, but found {found}");
        return EventDefinitionRead.Failed;
    }

    private static string Describe(EventDefinitionKinds kinds) =>
        string.Join(" or ", Enum.GetValues<EventDefinitionKinds>()
            .Where(k => k != EventDefinitionKinds.None && kinds.HasFlag(k))
            .Select(k => k.ToString().ToLowerInvariant()));
}
