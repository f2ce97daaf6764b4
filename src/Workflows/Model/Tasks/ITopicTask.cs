namespace SocialInsurance.Workflows.Model.Tasks;

/// <summary>
/// Work done by the activity handler registered for <see cref="Topic"/> (Camunda 7's external task pattern): a
/// service task, a send task, or a message throw event with an implementation all run the same way.
/// </summary>
public interface ITopicTask
{
    string Topic { get; }
    IReadOnlyList<IoParameter> Inputs { get; }
    IReadOnlyList<IoParameter> Outputs { get; }
}

/// <summary>The implementation of a message throw or end event (<c>camunda:type="external"</c> on its definition).</summary>
public sealed record TopicImplementation(string Topic, IReadOnlyList<IoParameter> Inputs, IReadOnlyList<IoParameter> Outputs) : ITopicTask;
