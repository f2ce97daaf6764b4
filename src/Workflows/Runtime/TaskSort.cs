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

    /// <summary>
    /// The greatest of the task's candidate groups that start with <see cref="TaskQuery.GroupPrefix"/>: with groups
    /// named by nested codes (reviewers-65, reviewers-6501) that is the most specific one, so tasks line up by region.
    /// </summary>
    CandidateGroup,
}
