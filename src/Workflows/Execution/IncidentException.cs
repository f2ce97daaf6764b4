using SocialInsurance.Workflows.Execution.Incidents;

namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// A failure the model's author can fix (no flow to take, a missing handler): the incident records its
/// <see cref="Cause"/>, a code with arguments a host can write in its users' language, and its English message.
/// </summary>
public sealed class IncidentException(IncidentCause cause) : Exception(cause.Message)
{
    public IncidentCause Cause { get; } = cause;
}
