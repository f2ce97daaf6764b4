using System.Xml.Linq;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;
using SocialInsurance.Workflows.Parsing.Extensions;

namespace SocialInsurance.Workflows.Parsing.Tasks;

/// <summary>
/// An event sub-process (<c>triggeredByEvent="true"</c>): its content is read like an embedded sub-process; its start
/// event's definition and <c>isInterrupting</c> become the node's trigger. EventSubProcessRules reports a missing,
/// repeated or none start.
/// </summary>
internal static class EventSubProcessReader
{
    public static void Read(XElement element, ReaderContext context)
    {
        // asyncBefore would put a wait state between the trigger and the start; Camunda puts it on the start event.
        CamundaAttributes.Check(element, context);
        ExtensionElementsReader.Read(element, context);
        var id = element.IdOf();
        var position = context.Nodes.Count;
        context.InScope(id, () => FlowElementsReader.Read(element, context));

        var start = context.Nodes.Skip(position).OfType<StartEvent>().FirstOrDefault(s => s.ScopeId == id && !s.IsNone);
        context.Nodes.Insert(position, new EventSubProcess
        {
            Id = id,
            Name = element.NameOf(),
            ScopeId = context.ScopeId,
            StartEventId = start?.Id ?? "",
            Trigger = start?.Definition ?? new ErrorDefinition(null),
            Interrupting = start?.Interrupting ?? true,
        });
    }
}
