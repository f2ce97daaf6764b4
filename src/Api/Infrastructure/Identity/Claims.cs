namespace SocialInsurance.Api.Infrastructure.Identity;

public static class Claims
{
    /// <summary>A candidate group the user works for, e.g. <c>reviewers-6501</c>; matched against <c>camunda:candidateGroups</c>.</summary>
    public const string Group = "group";
}
