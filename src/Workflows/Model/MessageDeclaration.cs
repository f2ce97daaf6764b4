namespace SocialInsurance.Workflows.Model;

/// <summary>
/// A <c>bpmn:message</c>. A message that finds no waiting subscription is rejected unless the definition asks for it
/// to be buffered (extension property <c>bufferTimeToLive</c>, an ISO 8601 duration), in which case it waits that long
/// for an instance to reach the matching catch event.
/// </summary>
public sealed record MessageDeclaration(string Id, string Name)
{
    public TimeSpan? BufferTimeToLive { get; init; }
}
