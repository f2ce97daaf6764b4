namespace SocialInsurance.Workflows.Runtime;

/// <summary>What a message did: resumed waiting instances, started new ones at a message start event, or was buffered.</summary>
public sealed record CorrelationResult(IReadOnlyList<Guid> ResumedInstances, IReadOnlyList<Guid> StartedInstances, bool Buffered);
