namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// <c>camunda:type="external"</c> with <c>camunda:topic</c> naming an activity handler registered in the activity
/// registry. Inputs are evaluated and handed to the handler; outputs map its results onto instance variables
/// (without outputs, every result is merged into the instance's variables).
/// </summary>
public sealed record ServiceTask : FlowNode, ITopicTask
{
    public required string Topic { get; init; }
    public IReadOnlyList<IoParameter> Inputs { get; init; } = [];
    public IReadOnlyList<IoParameter> Outputs { get; init; } = [];
    public override string ElementType => "serviceTask";
}
