using SocialInsurance.Api.Infrastructure.Identity;
using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Workflows.Execution;
using SocialInsurance.Workflows.Execution.UserTasks;
using SocialInsurance.Workflows.Runtime;

namespace SocialInsurance.Api.Features.Tasks;

/// <summary>
/// The shape every change to one task shares (claim, unclaim, assign, delegate, resolve, follow-up): refuse whoever may
/// not see the task before the engine says anything about it, let the engine decide, and audit only what happened.
/// </summary>
public static class TaskChange
{
    /// <param name="change">The engine's operation, given the task as the caller may see it.</param>
    /// <param name="auditDetails">What the audit entry records beside the task, read before the change.</param>
    public static async Task<Result<Guid>> RunAsync(
        IWorkflowQueries queries,
        AuditLog audit,
        Guid taskId,
        Actor actor,
        string auditAction,
        Func<UserTaskInstance, Task<RuntimeResult<Guid>>> change,
        Func<UserTaskInstance, object?>? auditDetails,
        CancellationToken ct)
    {
        var (task, refusal) = await VisibleTask.LoadAsync(queries, taskId, actor, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var details = auditDetails?.Invoke(task!);
        var result = await change(task!);
        if (result.IsOk)
        {
            await audit.RecordAsync(auditAction, $"task:{taskId}", details, ct);
        }

        return result.ToResult();
    }
}
