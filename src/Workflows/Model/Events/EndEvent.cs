namespace SocialInsurance.Workflows.Model.Events;

/// <summary>A none end event, or a terminate end event that ends every token of its scope.</summary>
public sealed record EndEvent : FlowNode
{
    public bool Terminate { get; init; }

    /// <summary>A message end event's <c>camunda:type="external"</c> implementation; without one it ends like a none end.</summary>
    public Tasks.TopicImplementation? Implementation { get; init; }
    public override string ElementType => "endEvent";
}
