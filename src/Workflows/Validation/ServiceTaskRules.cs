using SocialInsurance.Workflows.Model;
using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// With a list of registered topics, a typo in a topic is caught at deploy instead of leaving cases waiting for a
/// worker that does not exist.
/// </summary>
internal sealed class ServiceTaskRules(IReadOnlySet<string>? knownTopics) : IElementRules
{
    public IEnumerable<ValidationIssue> Check(ProcessDraft draft) =>
        knownTopics is null
            ? []
            : draft.Nodes.Select(n => (Node: n, Task: TopicTaskOf(n)))
                .Where(t => t.Task is { Topic.Length: > 0 } && !knownTopics.Contains(t.Task.Topic))
                .Select(t => Issues.For(t.Node, "unknown-topic",
                    $"Expected camunda:topic to name a registered activity handler, but '{t.Task!.Topic}' is not registered"));

    /// <summary>Send tasks and message throw and end events run by topic as service tasks do.</summary>
    private static ITopicTask? TopicTaskOf(FlowNode node) => node switch
    {
        ITopicTask task => task,
        IntermediateThrowEvent { Implementation: { } implementation } => implementation,
        EndEvent { Implementation: { } implementation } => implementation,
        _ => null,
    };
}
