namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// Publishes a message through the activity registered for <see cref="Topic"/>; Camunda 7 implements a send task
/// exactly like a service task, and so do we.
/// </summary>
public sealed record SendTask : FlowNode, ITopicTask
{
    public required string Topic { get; init; }
    public IReadOnlyList<IoParameter> Inputs { get; init; } = [];
    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "sendTask";
}
