namespace SocialInsurance.Workflows.Model.Events;

/// <summary>A none end event, a terminate end event that ends every token of its scope, or a message, error or escalation end event.</summary>
public sealed record EndEvent : FlowNode
{
    public bool Terminate { get; init; }

    /// <summary>A message end event's <c>camunda:type="external"</c> implementation; without one it ends like a none end.</summary>
    public Tasks.TopicImplementation? Implementation { get; init; }

    /// <summary>An error end event: the error is thrown to the enclosing scopes when a token arrives.</summary>
    public ErrorDefinition? Error { get; init; }

    /// <summary>An escalation end event: the escalation is thrown, then the token ends.</summary>
    public EscalationDefinition? Escalation { get; init; }

    /// <summary>A signal end event: the signal is broadcast once the step commits, then the token ends.</summary>
    public SignalDefinition? Signal { get; init; }

    /// <summary>A compensation end event: compensates like a compensation throw, then the token ends.</summary>
    public CompensationDefinition? Compensation { get; init; }
    public override string ElementType => "endEvent";
}
