namespace SocialInsurance.Workflows.Execution.UserTasks;

public enum UserTaskStatus
{
    Created,
    Completed,
    /// <summary>Ended by an interrupting boundary event, a terminate end or a cancelled instance.</summary>
    Cancelled,
}
