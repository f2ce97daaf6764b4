namespace SocialInsurance.Workflows.Model;

/// <summary>
/// A transaction boundary before an element (<c>camunda:asyncBefore</c>): the step commits, and the element runs later
/// as a background job that is retried as <see cref="RetryCycle"/> says before an incident is raised.
/// </summary>
public sealed record AsyncSettings(bool Before, RetryCycle RetryCycle)
{
    public static readonly AsyncSettings None = new(false, RetryCycle.Default);
}
