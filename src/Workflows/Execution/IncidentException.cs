namespace SocialInsurance.Workflows.Execution;

/// <summary>A failure the model's author can fix (no flow to take, a missing handler): its message is shown on the incident as is.</summary>
public sealed class IncidentException(string message) : Exception(message);
