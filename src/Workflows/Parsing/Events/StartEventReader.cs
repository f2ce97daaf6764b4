using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Events;

internal sealed class StartEventReader : IElementReader
{
    public string ElementName => "startEvent";

    public void Read(XElement element, ReaderContext context)
    {
        // camunda:formKey on a start event only tells a task list which form starts the process; the engine never
        // reads it, so it is accepted and dropped.
        CamundaAttributes.Check(element, context, [.. CamundaAttributes.Async, "formKey", "initiator"]);
        ChildElements.Check(element, context, EventDefinitionReader.AllNames);
        var extensions = ExtensionElementsReader.Read(element, context);
        // Which kinds may stand where (error, escalation and conditional only in an event sub-process) is checked by
        // StartEventRules and EventSubProcessRules, which know the scope.
        var definition = EventDefinitionReader.Read(element, context,
            EventDefinitionKinds.Message | EventDefinitionKinds.Timer | EventDefinitionKinds.Signal | EventDefinitionKinds.Error
            | EventDefinitionKinds.Escalation | EventDefinitionKinds.Conditional, extensions, required: false);
        if (!definition.Ok)
        {
            context.AddUnsupported(element);
            return;
        }

        context.Nodes.Add(new StartEvent
        {
            Id = element.IdOf(),
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            Async = AsyncReader.Read(element, context, extensions),
            Definition = definition.Definition,
            // BPMN's default: a start event of an event sub-process interrupts unless it says otherwise.
            Interrupting = !string.Equals(((string?)element.Attribute("isInterrupting"))?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
            Initiator = BpmnElement.NullIfBlank(element.Camunda("initiator")),
        });
    }
}
