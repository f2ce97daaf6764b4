using SocialInsurance.Workflows.Execution.Journal;

namespace SocialInsurance.Api.Features.Tasks.Case;

/// <summary>
/// Who did a journal step, as a reviewer should read it. The engine stamps every entry of a step with the actor who
/// triggered the step, so the service tasks, gateways and notifications that run on after a reviewer's decision carry
/// the reviewer's name. Only what a person did keeps a person: completing, claiming or returning a task, and the
/// events a person triggers (a start, a message such as a resubmission); everything else is the system's.
/// </summary>
public static class JournalActors
{
    public const string System = "system";

    private static readonly HashSet<string> PersonEvents = new(StringComparer.Ordinal)
    {
        JournalEvents.Completed, JournalEvents.Claimed, JournalEvents.Unclaimed,
        JournalEvents.Assigned, JournalEvents.Delegated, JournalEvents.Resolved, JournalEvents.FollowUpSet,
    };

    private static readonly HashSet<string> PersonTriggered = new(StringComparer.Ordinal)
    {
        "startEvent", "intermediateCatchEvent", JournalEvents.ProcessElementType,
    };

    public static string? Attribute(JournalEntry entry) => entry switch
    {
        { Actor: null } => null,
        { ElementType: "userTask" } when PersonEvents.Contains(entry.Event) => entry.Actor,
        _ when PersonTriggered.Contains(entry.ElementType) => entry.Actor,
        _ => System,
    };
}
