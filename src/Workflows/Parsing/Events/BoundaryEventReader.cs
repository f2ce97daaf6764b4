using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal sealed class BoundaryEventReader : IElementReader
{
    public string ElementName => "boundaryEvent";

    public void Read(XElement element, ReaderContext context)
    {
        CamundaAttributes.Check(element, context, CamundaAttributes.Async);
        ChildElements.Check(element, context, EventDefinitionReader.AllNames);
        var extensions = ExtensionElementsReader.Read(element, context);
        var definition = EventDefinitionReader.Read(
            element, context, EventDefinitionKinds.Timer | EventDefinitionKinds.Message | EventDefinitionKinds.Error | EventDefinitionKinds.Escalation | EventDefinitionKinds.Signal | EventDefinitionKinds.Conditional | EventDefinitionKinds.Compensation, extensions, required: true);
        if (definition is not { Ok: true, Definition: { } eventDefinition })
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new BoundaryEvent
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            AttachedToId = ((string?)element.Attribute("attachedToRef"))?.Trim() ?? "",
            // BPMN's default: a boundary event interrupts unless it says otherwise.
            CancelActivity = !string.Equals(((string?)element.Attribute("cancelActivity"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
            Definition = eventDefinition,
        });
    }
}
