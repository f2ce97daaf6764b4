namespace SocialInsurance.Workflows.Runtime;

/// <summary>A task's id and business key: what a host needs to order a task list by data the engine does not hold.</summary>
public sealed record TaskKey(Guid Id, string? BusinessKey);
