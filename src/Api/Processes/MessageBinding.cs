namespace SocialInsurance.Api.Processes;

/// <summary>A message a process waits for, the code that sends it, and the value it is correlated by.</summary>
public sealed record MessageBinding(string Name, Type SentBy, string CorrelatedBy)
{
    /// <summary>The variables the message carries into the instance; its sender writes them.</summary>
    public IReadOnlyList<string> Payload { get; init; } = [];
}
