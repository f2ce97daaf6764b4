namespace SocialInsurance.Workflows.Execution.Instances;

/// <summary>Persisted as its name. An instance with an open incident stays <see cref="Active"/>: the incident is a fact about a token, not the instance.</summary>
public enum InstanceStatus
{
    Active,
    Completed,
    Terminated,
    Cancelled,
}
