using System.Diagnostics.CodeAnalysis;
using SocialInsurance.Workflows.Deployment;

namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>
/// One deployed version of a decision, as <see cref="ProcessDefinition"/> is for a process. The whole DMN file is
/// kept, so the decision's required decisions are always the ones deployed beside it.
/// </summary>
public sealed class DecisionDefinition : DeployedDefinition
{
    public DecisionDefinition()
    {
    }

    [SetsRequiredMembers]
    public DecisionDefinition(NewVersion version, DateTimeOffset now)
        : base(version, now)
    {
    }
}
