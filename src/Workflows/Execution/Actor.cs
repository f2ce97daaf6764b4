namespace SocialInsurance.Workflows.Execution;

/// <summary>Who acts: recorded in the journal, and checked against a task's assignee and candidates.</summary>
public sealed record Actor(string Id, IReadOnlyCollection<string> Groups, bool IsAdministrator = false)
{
    public static readonly Actor System = new("system", [], IsAdministrator: true);

    public static Actor User(string id, params string[] groups) => new(id, groups);
}
