using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// An event sub-process is started by exactly one event, never by a flow, and hands back to nobody: it has one start
/// event with a definition and no sequence flow in or out. An error always interrupts (BPMN: the scope failed).
/// </summary>
internal sealed class EventSubProcessRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        foreach (var eventSubProcess in draft.Nodes.OfType<EventSubProcess>())
        {
            var starts = draft.ChildrenOf(eventSubProcess.Id).OfType<StartEvent>().ToList();
            if (starts.Count != 1 && !StartEventRules.HasRejectedStart(draft, eventSubProcess.Id))
                yield return Issues.For(eventSubProcess, "event-subprocess-start-count",
                    $"Expected exactly one start event inside the event sub-process, but found {starts.Count}");
            foreach (var start in starts.Where(s => s.IsNone))
                yield return Issues.For(start, "event-subprocess-none-start",
                    "Expected a message, timer, signal, error, escalation or conditional start event in an event sub-process (it is started by that event), but this is a none start event");
            foreach (var start in starts.Where(s => s is { Definition: ErrorDefinition, Interrupting: false }))
                yield return Issues.For(start, "non-interrupting-error-start",
                    "Expected an error start event to interrupt (isInterrupting=\"true\"): an error ends the scope it is thrown in");
            if (eventSubProcess.Incoming.Count > 0 || eventSubProcess.Outgoing.Count > 0)
                yield return Issues.For(eventSubProcess, "event-subprocess-flows",
                    $"Expected no sequence flow into or out of an event sub-process, but found {eventSubProcess.Incoming.Count} incoming and {eventSubProcess.Outgoing.Count} outgoing");
        }
    }
}
