namespace SocialInsurance.Workflows.Model.Events;

/// <summary>What a catch event waits for: a timer or a message. Other BPMN event definitions are rejected at deploy.</summary>
public abstract record EventDefinition;
