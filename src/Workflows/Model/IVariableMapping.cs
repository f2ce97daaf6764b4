namespace SocialInsurance.Workflows.Model;

/// <summary>
/// An activity whose <c>camunda:inputParameter</c>s become its local variables (Camunda 7's scoping) and whose
/// <c>camunda:outputParameter</c>s copy values out to the enclosing scope when it completes. Service and send tasks
/// are not among them: their inputs are the payload handed to the topic's handler.
/// </summary>
public interface IVariableMapping
{
    IReadOnlyList<IoParameter> LocalInputs { get; }
    IReadOnlyList<IoParameter> Outputs { get; }
}
