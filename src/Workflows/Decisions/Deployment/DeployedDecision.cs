namespace SocialInsurance.Workflows.Decisions.Deployment;

/// <summary>One decision of a deployed file. <see cref="Created"/> is false when identical content was already deployed.</summary>
public sealed record DeployedDecision(string Key, int Version, bool Created, bool Published);
