using SocialInsurance.Workflows.Validation;

namespace SocialInsurance.Workflows.Decisions.Deployment;

public sealed record DecisionDeploymentResult(IReadOnlyList<DeployedDecision> Decisions, IReadOnlyList<ValidationIssue> Issues)
{
    public bool IsValid => Issues.Count == 0;
}
