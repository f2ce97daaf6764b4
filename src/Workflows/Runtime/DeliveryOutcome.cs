namespace SocialInsurance.Workflows.Runtime;

/// <summary>The outcome of one message of a batch, in the order the messages were given.</summary>
public sealed record DeliveryOutcome(MessageDelivery Message, DeliveryStatus Status, IReadOnlyList<Guid> ResumedInstances, string? Error)
{
    public static DeliveryOutcome Correlated(MessageDelivery message, IReadOnlyList<Guid> resumed) => new(message, DeliveryStatus.Correlated, resumed, null);
    public static DeliveryOutcome Not(MessageDelivery message, DeliveryStatus status, string error) => new(message, status, [], error);
}
