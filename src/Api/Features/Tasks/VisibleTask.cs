using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// Loads a task for a route that changes it, refusing first whoever may not see it: the engine's own refusals name the
/// assignee, which only those who may see the task may learn.
/// </summary>
public static class VisibleTask
{
    public static async Task<(UserTaskInstance? Task, Result<Guid>? Refusal)> LoadAsync(IWorkflowQueries queries, Guid taskId, Actor actor, CancellationToken ct)
    {
        var task = await queries.TaskAsync(taskId, ct);
        if (task is null)
        {
            return (null, TaskVisibility.Missing<Guid>(taskId));
        }

        return TaskVisibility.Sees(task, actor) ? (task, null) : (null, TaskVisibility.Unseen<Guid>(taskId));
    }
}
