namespace SocialInsurance.Api.Infrastructure.Identity;

/// <summary>Authorization policies by role. Reviewer routes admit administrators too: they may release or complete any task.</summary>
public static class Policies
{
    public const string Applicant = "applicant";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";
}
