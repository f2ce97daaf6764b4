using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Who may see a task at all: those it is offered to (its groups, its candidate users), its assignee, the owner
/// who delegated it, the reviewer who completed it, and administrators. Every task route asks this first and refuses everyone else with the one
/// answer below, whatever state the task is in: an outsider must not learn who claimed it, whether it is claimed, or
/// whether it is still open (the engine's own refusals say so, and are only for those who may see the task).
/// </summary>
public static class TaskVisibility
{
    public static bool Sees(UserTaskInstance task, Actor actor) =>
        WorkflowRuntime.MayWorkOn(task, actor) || task.CompletedBy == actor.Id || task.Owner == actor.Id;

    /// <summary>As above, and a supervisor (<see cref="Infrastructure.Identity.Supervisors"/>) sees any open task past its due date.</summary>
    public static bool Sees(UserTaskInstance task, Actor actor, DateTimeOffset now) =>
        Sees(task, actor)
        || (task.Status == UserTaskStatus.Created && task.DueAt < now && Infrastructure.Identity.Supervisors.IsSupervisor(actor));

    public static Result<T> Unseen<T>(Guid taskId) => Result<T>.Forbidden(ErrorCodes.TaskNotOffered.With(new { taskId }));

    /// <summary>The answer for a task id that names no task.</summary>
    public static Result<T> Missing<T>(Guid taskId) => Result<T>.NotFound(ErrorCodes.TaskNotFound.With(new { taskId }));
}
