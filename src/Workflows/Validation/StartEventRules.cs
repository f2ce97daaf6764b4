using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// "Start an instance" means the none start event, so there is at most one (more would be ambiguous). A process that
/// starts only by message (a message start event, reached by correlating that message) needs none.
/// </summary>
internal sealed class StartEventRules : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft)
    {
        var starts = draft.ChildrenOf(null).OfType<StartEvent>().ToArray();
        var noneStarts = starts.Count(s => s.IsNone);
        if (noneStarts > 1 || (starts.Length == 0 && !HasRejectedStart(draft, null)))
            yield return new ValidationIssue(draft.ProcessId, Issues.ProcessType, "start-event-count",
                $"Expected one none start event or message, timer or signal start events at process level, but found {noneStarts} none start event(s) and {starts.Length - noneStarts} other start event(s)");

        // Errors, escalations and conditions are thrown or changed inside a running instance: nothing outside one
        // could start a process by them.
        foreach (var start in starts.Where(s => s.Definition is ErrorDefinition or EscalationDefinition or ConditionalDefinition))
            yield return Issues.For(start, "unsupported-start-event",
                $"Expected a none, message, timer or signal start event at process level, but this is {Issues.Article(KindOf(start.Definition!))} start event (only an event sub-process starts on one)");

        foreach (var start in draft.Nodes.OfType<StartEvent>().Where(s => s.Incoming.Count > 0))
            yield return Issues.For(start, "start-event-incoming",
                $"Expected no incoming sequence flow on a start event, but found {start.Incoming.Count}");
    }

    public static string KindOf(EventDefinition definition) => definition switch
    {
        MessageDefinition => "message",
        TimerDefinition => "timer",
        SignalDefinition => "signal",
        ErrorDefinition => "error",
        EscalationDefinition => "escalation",
        ConditionalDefinition => "conditional",
        _ => definition.GetType().Name,
    };

    /// <summary>A rejected start event (timer, signal) is reported already; "found 0" on top of it says nothing new.</summary>
    public static bool HasRejectedStart(ProcessDraft draft, string? scopeId) =>
        draft.ChildrenOf(scopeId).Any(n => n is UnsupportedElement { ElementType: "startEvent" });
}
