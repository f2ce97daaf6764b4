using SocialInsurance.Workflows.Execution.Elements.Behaviors;
using SocialInsurance.Workflows.Execution.UserTasks;

namespace SocialInsurance.Workflows.Execution.Interpreter.Behaviors;

internal sealed class UserTaskBehavior(StepContext step) : IUserTaskBehavior
{
    public void Create(UserTaskInstance task) => step.Session.Add(task);

    public Task<UserTaskInstance?> FindAsync(Guid id) => step.Session.FindTaskAsync(id, CancellationToken.None);
}
