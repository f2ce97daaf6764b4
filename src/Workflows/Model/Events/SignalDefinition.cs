namespace SocialInsurance.Workflows.Model.Events;

/// <summary>
/// A BPMN signal, by name: a throw is broadcast to every instance waiting for it (no correlation key), a catch or
/// boundary event waits for it.
/// </summary>
public sealed record SignalDefinition(string SignalName) : EventDefinition;
