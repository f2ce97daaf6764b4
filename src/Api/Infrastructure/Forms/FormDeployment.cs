using SocialInsurance.Workflows.Forms;

namespace SocialInsurance.Api.Infrastructure.Forms;

/// <summary>What deploying a schema did: a version (new, or the existing one with the same content), or every problem.</summary>
public sealed record FormDeployment(string Key, int Version, bool Created, IReadOnlyList<FormIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;

    public static FormDeployment Invalid(string key, IReadOnlyList<FormIssue> issues) => new(key, 0, false, issues);
}
