using SocialInsurance.Workflows.Model.Events;
using SocialInsurance.Workflows.Model.Tasks;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// The outcome of reading an event's definitions: <see cref="Ok"/> is false when something was reported and the
/// event cannot be compiled; otherwise <see cref="Definition"/> is null for a none event (and for a message throw,
/// whose <see cref="Implementation"/> is null when it has none).
/// </summary>
internal sealed record EventDefinitionRead(
    bool Ok, EventDefinition? Definition = null, bool Terminate = false, TopicImplementation? Implementation = null)
{
    public static readonly EventDefinitionRead Failed = new(false);
}
