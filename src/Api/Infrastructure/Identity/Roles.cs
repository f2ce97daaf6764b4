namespace SocialInsurance.Api.Infrastructure.Identity;

public static class Roles
{
    public const string Applicant = "applicant";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Applicant, Reviewer, Admin];
}
