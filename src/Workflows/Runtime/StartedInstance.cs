namespace SocialInsurance.Workflows.Runtime;

public sealed record StartedInstance(Guid Id, string DefinitionId, string? BusinessKey);
