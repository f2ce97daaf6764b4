namespace SocialInsurance.Workflows.Execution.UserTasks;

/// <summary>Camunda's delegation states: Pending while the delegate holds the task, Resolved once handed back.</summary>
public enum DelegationState
{
    Pending,
    Resolved,
}
