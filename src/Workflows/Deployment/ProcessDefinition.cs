using System.Diagnostics.CodeAnalysis;

namespace SocialInsurance.Workflows.Deployment;

/// <summary>
/// One deployed version of a process. Redeploying an unchanged file at start-up creates nothing. New instances start
/// on the published version; running instances stay on the version they started with.
/// </summary>
public sealed class ProcessDefinition : DeployedDefinition
{
    public ProcessDefinition()
    {
    }

    [SetsRequiredMembers]
    public ProcessDefinition(NewVersion version, DateTimeOffset now)
        : base(version, now)
    {
    }
}
