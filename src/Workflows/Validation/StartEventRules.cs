using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// An instance is started through the one none start event (message start events are extra entry points), so a
/// process needs exactly one; more would make "start an instance" ambiguous.
/// </summary>
internal sealed class StartEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        var noneStarts = draft.ChildrenOf(null).OfType<StartEvent>().Count(s => s.Message is null);
        if (noneStarts > 1 || (noneStarts == 0 && !HasRejectedStart(draft, null)))
            yield return new ValidationIssue(draft.ProcessId, Issues.ProcessType, "start-event-count",
                $"Expected exactly one none start event at process level, but found {noneStarts}");

        foreach (var start in draft.Nodes.OfType<StartEvent>().Where(s => s.Incoming.Count > 0))
            yield return Issues.For(start, "start-event-incoming",
                $"Expected no incoming sequence flow on a start event, but found {start.Incoming.Count}");
    }

    /// <summary>A rejected start event (timer, signal) is reported already; "found 0" on top of it says nothing new.</summary>
    public static bool HasRejectedStart(ProcessDraft draft, string? scopeId) =>
        draft.ChildrenOf(scopeId).Any(n => n is UnsupportedElement { ElementType: "startEvent" });
}
