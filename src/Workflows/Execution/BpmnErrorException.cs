namespace SocialInsurance.Workflows.Execution;

/// <summary>
/// A business error (Camunda 7's BpmnError): an activity handler throws it, or a script calls
/// <c>execution.throwBpmnError(code, message)</c>. The nearest error boundary event that catches <see cref="Code"/>
/// takes over; when nobody catches it, the element gets an incident. Unlike other exceptions it is never retried:
/// retrying does not change a business answer.
/// </summary>
public sealed class BpmnErrorException(string code, string? message = null) : Exception(message ?? code)
{
    public string Code { get; } = code;
    public string? ErrorMessage { get; } = message;
}
