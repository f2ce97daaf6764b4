namespace SocialInsurance.Workflows.Runtime;

/// <summary>What a broadcast reached: the instances it resumed, and the receivers that failed or kept conflicting (rolled back alone).</summary>
public sealed record SignalResult(IReadOnlyList<Guid> ResumedInstances, IReadOnlyList<Guid> FailedInstances)
{
    /// <summary>Instances the signal started at a signal start event of a published version.</summary>
    public IReadOnlyList<Guid> StartedInstances { get; init; } = [];
}
