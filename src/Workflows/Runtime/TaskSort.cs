namespace SocialInsurance.Workflows.Runtime;

/// <summary>The inbox columns a list can be ordered by; tasks without the value sort last either way.</summary>
public enum TaskSort
{
    Due,
    Created,
    Name,
    Process,
    Assignee,
    Ended,
    FollowUp,
    /// <summary><c>camunda:priority</c>, highest first (ascending order lists the most urgent first).</summary>
    Priority,
}
