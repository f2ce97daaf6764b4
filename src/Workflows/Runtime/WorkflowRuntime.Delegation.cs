using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.Journal;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Runtime;

/// <summary>
/// Camunda's task staples beyond claim: assign (hand the task over for good), delegate (lend it, keeping ownership)
/// and resolve (the delegate hands it back), and the follow-up date. Who the new assignee may be (a colleague of
/// the task's group) is the caller's rule: the engine knows no user directory.
/// </summary>
public sealed partial class WorkflowRuntime
{
    /// <summary>
    /// Makes <paramref name="assignee"/> the task's assignee and ends any delegation. Its current assignee may hand it
    /// over; an administrator may reassign any task, claimed or not.
    /// </summary>
    public Task<RuntimeResult<Guid>> AssignTaskAsync(Guid taskId, Actor actor, string assignee, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.Assigned, ct, task =>
        {
            if (task.Assignee != actor.Id && !actor.IsAdministrator)
            {
                return NotHolder(task, actor);
            }

            task.Assignee = assignee;
            task.Owner = null;
            task.Delegation = null;
            task.FollowUpAt = null;
            return null;
        });

    /// <summary>
    /// Lends the task to <paramref name="delegateTo"/>: the caller stays its owner and gets it back on resolve. Only
    /// its assignee (or an administrator) may; a task already delegated is delegated on with its first owner kept.
    /// </summary>
    public Task<RuntimeResult<Guid>> DelegateTaskAsync(Guid taskId, Actor actor, string delegateTo, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.Delegated, ct, task =>
        {
            if (task.Assignee != actor.Id && !actor.IsAdministrator)
            {
                return NotHolder(task, actor);
            }

            if (task.Assignee is null)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is not claimed; claim it before delegating it.");
            }

            if (delegateTo == task.Assignee)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is already with {delegateTo}.");
            }

            task.Owner = task.Delegation == DelegationState.Pending ? task.Owner : task.Assignee;
            task.Assignee = delegateTo;
            task.Delegation = DelegationState.Pending;
            task.FollowUpAt = null;
            return null;
        });

    /// <summary>The delegate hands the task back to its owner (an administrator may do it for them).</summary>
    public Task<RuntimeResult<Guid>> ResolveTaskAsync(Guid taskId, Actor actor, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.Resolved, ct, task =>
        {
            if (task.Delegation != DelegationState.Pending || task.Owner is null)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is not delegated.");
            }

            if (task.Assignee != actor.Id && !actor.IsAdministrator)
            {
                return NotHolder(task, actor);
            }

            task.Assignee = task.Owner;
            task.Delegation = DelegationState.Resolved;
            task.FollowUpAt = null;
            return null;
        });

    /// <summary>Sets (or, with null, clears) the follow-up date; only the assignee or an administrator may.</summary>
    public Task<RuntimeResult<Guid>> SetTaskFollowUpAsync(Guid taskId, Actor actor, DateTimeOffset? followUpAt, CancellationToken ct = default) =>
        ChangeTaskAsync(taskId, actor, JournalEvents.FollowUpSet, ct, task =>
        {
            if (task.Assignee is null)
            {
                return RuntimeResult<Guid>.Conflict($"Task {taskId} is not claimed; a follow-up date belongs to its assignee.");
            }

            if (task.Assignee != actor.Id && !actor.IsAdministrator)
            {
                return NotHolder(task, actor);
            }

            task.FollowUpAt = followUpAt;
            return null;
        });

    private static RuntimeResult<Guid> NotHolder(UserTaskInstance task, Actor actor) =>
        task.Assignee is null
            ? RuntimeResult<Guid>.Conflict($"Task {task.Id} is not claimed.")
            : RuntimeResult<Guid>.Forbidden($"Task {task.Id} is with {task.Assignee}; {actor.Id} may not hand it on.");
}
