namespace SocialInsurance.Workflows.Runtime;

/// <summary>How an inbox is sorted.</summary>
public enum TaskOrder
{
    /// <summary>Soonest due first, tasks without a due date last.</summary>
    DueDate,

    /// <summary>Highest <c>camunda:priority</c> first, then as <see cref="DueDate"/>.</summary>
    Priority,
}
