using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Starts an instance for one slot of a timer start event, exactly once across nodes: the slot's bookmark is
    /// deleted in the instance's own transaction, so a second node firing the same slot deletes no row, meets a
    /// conflict and rolls back its instance (on SQLite it finds the bookmark gone). A cycle's next slot is a new
    /// bookmark, added in the same transaction.
    /// </summary>
    private async Task<bool> FireTimerStartAsync(IWorkflowSession session, Bookmark bookmark, CancellationToken ct)
    {
        var definition = bookmark.DefinitionId is null ? null : await definitions.FindAsync(bookmark.DefinitionId, ct);
        var model = definition is null ? null : await models.GetAsync(definition.Id, ct);
        session.Remove(bookmark);
        if (definition is null || model?.TimerStartEvents.FirstOrDefault(s => s.Id == bookmark.ElementId) is not { } start)
        {
            await session.CommitAsync(ct);
            return false;
        }

        Bookmark? next = null;
        if (start.Definition is TimerDefinition { Kind: TimerKind.Cycle } cycle)
        {
            var text = expressions.EvaluateText(cycle.Expression, []) ?? cycle.Expression;
            if (TimerSchedule.NextDue(text, bookmark.DueAt ?? Time.GetUtcNow(), bookmark.Count + 1) is { } due)
            {
                next = new Bookmark
                {
                    Id = Guid.CreateVersion7(),
                    InstanceId = Guid.Empty,
                    ElementId = bookmark.ElementId,
                    Kind = BookmarkKind.TimerStart,
                    MessageName = bookmark.MessageName,
                    DefinitionId = bookmark.DefinitionId,
                    DueAt = due,
                    Count = bookmark.Count + 1,
                    CreatedAt = Time.GetUtcNow(),
                };
                session.Add(next);
            }
        }

        await StartAtAsync(definition, model, start, businessKey: null, variables: null, trigger: null, Actor.System, ct, inSession: session);
        if (next is not null)
        {
            steps.Schedule([next]);
        }

        return true;
    }
}
