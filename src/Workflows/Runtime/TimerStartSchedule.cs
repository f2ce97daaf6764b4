using SocialInsurance.Workflows.Deployment;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Bookmarks;
using SocialInsurance.Workflows.Expressions;
using SocialInsurance.Workflows.Model.Timers;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// Keeps a process key's timer start events in step with its published version: one <see cref="BookmarkKind.TimerStart"/>
/// bookmark (no instance) per timer start event of that version, due at its next slot. Publishing another version,
/// or retracting, replaces them, so the old version's schedule stops. Calling it again for an unchanged version
/// keeps the bookmarks as they are: a restart that redeploys the same files must not move a schedule.
/// </summary>
public sealed class TimerStartSchedule(
    IWorkflowStore store,
    IDefinitionRepository definitions,
    ModelCache models,
    IExpressionEvaluator expressions,
    IWorkflowJobScheduler scheduler,
    TimeProvider time)
{
    public async Task RescheduleAsync(string processKey, CancellationToken ct)
    {
        var published = await definitions.PublishedAsync(processKey, ct);
        var model = published is null ? null : await models.GetAsync(published.Id, ct);
        var starts = model?.TimerStartEvents ?? [];

        await using var session = await store.OpenAsync(ct);
        var existing = (await session.BookmarksOfAsync(Guid.Empty, ct))
            .Where(b => b.Kind == BookmarkKind.TimerStart && b.MessageName == processKey)
            .ToArray();
        var current = existing.Length > 0 && existing.Length == starts.Count
                      && existing.All(b => b.DefinitionId == published!.Id && starts.Any(s => s.Id == b.ElementId));
        if (current)
        {
            return;
        }

        foreach (var old in existing)
        {
            session.Remove(old);
        }

        var now = time.GetUtcNow();
        var added = new List<Bookmark>();
        foreach (var start in starts)
        {
            var timer = (Model.Events.TimerDefinition)start.Definition!;
            // No instance yet, so an expression sees no variables (Camunda: only beans and functions there).
            var text = expressions.EvaluateText(timer.Expression, []) ?? timer.Expression;
            DateTimeOffset due;
            try
            {
                due = TimerSchedule.FirstDue(timer.Kind, text, now);
            }
            catch (FormatException)
            {
                // A cycle whose last slot is past has nothing left to start.
                continue;
            }

            added.Add(new Bookmark
            {
                Id = Guid.CreateVersion7(),
                InstanceId = Guid.Empty,
                ElementId = start.Id,
                Kind = BookmarkKind.TimerStart,
                MessageName = processKey,
                DefinitionId = published!.Id,
                DueAt = due,
                CreatedAt = now,
            });
        }

        foreach (var bookmark in added)
        {
            session.Add(bookmark);
        }

        await session.CommitAsync(ct);
        foreach (var bookmark in added)
        {
            scheduler.Schedule(bookmark);
        }
    }
}
