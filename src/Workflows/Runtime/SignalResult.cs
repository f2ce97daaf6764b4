namespace SocialInsurance.Workflows.Runtime;

/// <summary>What a broadcast reached: the instances it resumed, and the receivers that failed or kept conflicting (rolled back alone).</summary>
public sealed record SignalResult(IReadOnlyList<Guid> ResumedInstances, IReadOnlyList<Guid> FailedInstances);
