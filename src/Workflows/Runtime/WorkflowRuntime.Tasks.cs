using System.Text.Json.Nodes;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Interpreter;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Runtime;

public sealed partial class WorkflowRuntime
{
    public Task<RuntimeResult<Guid>> ClaimTaskAsync(Guid taskId, Actor actor, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.Claimed, ct, task =>
        {
            if (task.Assignee == actor.Id)
            {
                return null;
            }

            if (task.Assignee is not null)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is already claimed by {task.Assignee}.", "task.alreadyClaimed", new { taskId, assignee = task.Assignee });
            }

            if (!MayWorkOn(task, actor))
            {
                return RuntimeResult<Guid>.Forbidden($"Task {taskId} is not offered to {actor.Id} or any of their groups.", "task.notOffered", new { taskId });
            }

            task.Assignee = actor.Id;
            return null;
        });

    public Task<RuntimeResult<Guid>> UnclaimTaskAsync(Guid taskId, Actor actor, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.Unclaimed, ct, task =>
        {
            if (task.Assignee is null)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is not claimed.", "task.notClaimed", new { taskId });
            }

            if (task.Assignee != actor.Id && !actor.IsAdministrator)
            {
                return RuntimeResult<Guid>.Forbidden($"Task {taskId} is claimed by {task.Assignee}; only they or an administrator can release it.", "task.releaseByAssignee", new { taskId, assignee = task.Assignee });
            }

            task.Assignee = null;
            return null;
        });

    /// <summary>
    /// Completes a task with the variables its form submitted. Of two reviewers completing the same task at once, the
    /// first commit wins and the second gets <see cref="RuntimeStatus.Conflict"/>: run again, it finds the task done. A
    /// step on the same instance committing meanwhile (another task of a parallel branch) only makes this one run again.
    /// </summary>
    public async Task<RuntimeResult<Guid>> CompleteTaskAsync(Guid taskId, Actor actor, JsonObject? variables, CancellationToken ct = default)
    {
        try
        {
            return await RetryOnConflictAsync(session => CompleteTaskAsync(session, taskId, actor, variables, ct), ct);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<Guid>.Conflict($"Task {taskId} was completed or changed by someone else at the same time.", "task.changedConcurrently", new { taskId });
        }
    }

    private async Task<RuntimeResult<Guid>> CompleteTaskAsync(IWorkflowSession session, Guid taskId, Actor actor, JsonObject? variables, CancellationToken ct)
    {
        var task = await session.FindTaskAsync(taskId, ct);
        if (task is null)
        {
            return RuntimeResult<Guid>.NotFound($"Task {taskId} does not exist.", "task.notFound", new { taskId });
        }

        if (Refuse(task, actor) is { } refusal)
        {
            return refusal;
        }

        var (instance, model) = await LoadAsync(session, task.InstanceId, ct);
        // The step needs every bookmark of the instance anyway; the task's own is among them (same id).
        var bookmarks = instance is null ? [] : await session.BookmarksOfAsync(task.InstanceId, ct);
        var bookmark = bookmarks.FirstOrDefault(b => b.Id == task.Id);
        if (instance is null || model is null || bookmark is null)
        {
            return RuntimeResult<Guid>.Conflict($"Task {taskId} is no longer open.", "task.notOpen", new { taskId });
        }

        task.Status = UserTaskStatus.Completed;
        task.CompletedBy = actor.Id;
        task.EndedAt = Time.GetUtcNow();
        task.Assignee ??= actor.Id;
        session.Touch(task);
        // A copy per attempt: the step moves the submitted values into the instance, and an attempt may be run again.
        await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident,
            step => step.ResumeAsync(bookmark, Clone(variables)), bookmarks);
        return RuntimeResult<Guid>.Ok(task.InstanceId);
    }

    private async Task<RuntimeResult<Guid>> ChangeTaskAsync(
        Guid taskId, Actor actor, string @event, CancellationToken ct, Func<UserTaskInstance, RuntimeResult<Guid>?> change)
    {
        try
        {
            return await RetryOnConflictAsync(session => ChangeTaskAsync(session, taskId, actor, @event, change, ct), ct);
        }
        catch (ConcurrencyConflictException)
        {
            return RuntimeResult<Guid>.Conflict($"Task {taskId} was changed by someone else at the same time.", "task.changedConcurrently", new { taskId });
        }
    }

    private async Task<RuntimeResult<Guid>> ChangeTaskAsync(
        IWorkflowSession session, Guid taskId, Actor actor, string @event, Func<UserTaskInstance, RuntimeResult<Guid>?> change, CancellationToken ct)
    {
        var task = await session.FindTaskAsync(taskId, ct);
        if (task is null)
        {
            return RuntimeResult<Guid>.NotFound($"Task {taskId} does not exist.", "task.notFound", new { taskId });
        }

        if (task.Status != UserTaskStatus.Created)
        {
            return RuntimeResult<Guid>.Conflict($"Task {taskId} is already {task.Status.ToString().ToLowerInvariant()}.", "task.notOpen", new { taskId });
        }

        var before = (task.Assignee, task.Owner, task.Delegation, task.FollowUpAt);
        if (change(task) is { } refusal)
        {
            return refusal;
        }

        if (before == (task.Assignee, task.Owner, task.Delegation, task.FollowUpAt))
        {
            return RuntimeResult<Guid>.Ok(task.Id);
        }

        var (instance, model) = await LoadAsync(session, task.InstanceId, ct);
        if (instance is null || model is null)
        {
            return RuntimeResult<Guid>.NotFound($"The instance of task {taskId} does not exist.", "task.instanceNotFound", new { taskId });
        }

        task.ConcurrencyStamp++;
        session.Touch(task);
        await steps.CommitAsync(session, instance, model, actor, FailureMode.Incident, step =>
        {
            var data = new JsonObject { ["assignee"] = task.Assignee };
            if (task.Owner is not null)
            {
                data["owner"] = task.Owner;
            }

            if (task.FollowUpAt is { } followUp)
            {
                data["followUpAt"] = followUp;
            }

            step.Journal(model.Node(task.ElementId), @event, step.FindToken(task.TokenId), data);
            return Task.CompletedTask;
        });
        return RuntimeResult<Guid>.Ok(task.Id);
    }

    /// <summary>Why <paramref name="actor"/> may not complete <paramref name="task"/> now (conflict or forbidden), or null; callers check it before the body.</summary>
    public static RuntimeResult<Guid>? Refuse(UserTaskInstance task, Actor actor)
    {
        if (task.Status != UserTaskStatus.Created)
        {
            return RuntimeResult<Guid>.Conflict($"Task {task.Id} is already {task.Status.ToString().ToLowerInvariant()}.", "task.notOpen", new { taskId = task.Id });
        }

        if (actor.IsAdministrator || task.Assignee == actor.Id)
        {
            return null;
        }

        if (task.Assignee is not null)
        {
            return RuntimeResult<Guid>.Conflict($"Task {task.Id} is claimed by {task.Assignee}.", "task.alreadyClaimed", new { taskId = task.Id, assignee = task.Assignee });
        }

        return MayWorkOn(task, actor)
            ? null
            : RuntimeResult<Guid>.Forbidden($"Task {task.Id} is not offered to {actor.Id} or any of their groups.", "task.notOffered", new { taskId = task.Id });
    }

    public static bool MayWorkOn(UserTaskInstance task, Actor actor) =>
        actor.IsAdministrator
        || task.Assignee == actor.Id
        || task.CandidateUsers.Contains(actor.Id, StringComparer.Ordinal)
        || task.CandidateGroups.Any(g => actor.Groups.Contains(g, StringComparer.Ordinal));
}
