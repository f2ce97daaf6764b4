using SocialInsurance.Workflows.Model.Events;

namespace SocialInsurance.Workflows.Parsing.Events;

/// <summary>
/// The outcome of reading an event's definitions: <see cref="Ok"/> is false when something was reported and the
/// event cannot be compiled; otherwise <see cref="Definition"/> is null for a none event.
/// </summary>
internal sealed record EventDefinitionRead(bool Ok, EventDefinition? Definition = null, bool Terminate = false)
{
    public static readonly EventDefinitionRead Failed = new(false);
}
