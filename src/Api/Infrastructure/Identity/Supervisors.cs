namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>
/// The escalation group: its members (reviewers by role) see every task past its due date, read-only unless the task is
/// also offered to them, so that an overdue case cannot sit unnoticed in one reviewer's or one region's list.
/// </summary>
public static class Supervisors
{
    public const string Group = "supervisors";

    public static bool IsSupervisor(this SocialInsurance.Workflows.Execution.Actor actor) =>
        actor.IsAdministrator || actor.Groups.Contains(Group, StringComparer.Ordinal);
}
