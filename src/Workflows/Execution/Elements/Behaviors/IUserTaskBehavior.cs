using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>The user tasks of the step's instance.</summary>
public interface IUserTaskBehavior
{
    /// <summary>Stores a new task (its bookmark is added separately, so a task and its wait state are one id).</summary>
    void Create(UserTaskInstance task);

    Task<UserTaskInstance?> FindAsync(Guid id);
}
