using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>What a deployment did. <see cref="Created"/> is false when identical content was already deployed.</summary>
public sealed record DeploymentResult(IReadOnlyList<DeployedProcess> Processes, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;
}

public sealed record DeployedProcess(string Key, int Version, bool Created, bool Published);
