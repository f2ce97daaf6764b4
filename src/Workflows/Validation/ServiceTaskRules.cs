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
            : draft.Nodes.OfType<ServiceTask>()
                .Where(t => t.Topic.Length > 0 && !knownTopics.Contains(t.Topic))
                .Select(t => Issues.For(t, "unknown-topic",
                    $"Expected camunda:topic to name a registered activity handler, but '{t.Topic}' is not registered"));
}
