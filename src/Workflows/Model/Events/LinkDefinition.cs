namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A link event: a throw with this name jumps to the catch with the same name in the same scope (a "go to" that
/// keeps long diagrams readable). No wait state is involved.
/// </summary>
public sealed record LinkDefinition(string Name) : EventDefinition;
