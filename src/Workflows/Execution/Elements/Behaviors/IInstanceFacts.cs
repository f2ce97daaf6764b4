using SocialInsurance.Workflows.Model;

namespace SocialInsurance.Workflows.Execution.Elements.Behaviors;

/// <summary>
/// What a handler may know about the instance it runs in. Read-only on purpose: the instance row (its tokens,
/// variables and counters) changes only through the other behaviours, so nothing moves behind the engine's back.
/// </summary>
public interface IInstanceFacts
{
    Guid Id { get; }
    string DefinitionId { get; }
    int ProcessVersion { get; }
    string? BusinessKey { get; }
    ProcessModel Model { get; }
    Actor Actor { get; }

    /// <summary>The step's one clock reading: every entry and due date a step writes carries the same time.</summary>
    DateTimeOffset Now { get; }
}
