namespace SocialInsurance.Api.Processes;

/// <summary>A service- or send-task topic and the activity handler registered for it (checked against the registry by <c>ProcessContractTests</c>).</summary>
public sealed record TopicBinding(string Topic, Type HandledBy);
