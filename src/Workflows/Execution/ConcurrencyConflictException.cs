namespace SocialInsurance.Workflows.Execution;

/// <summary>Another writer committed a change to the same instance or task first; nothing of this step was kept.</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null) : Exception(message, inner);
