namespace SocialInsurance.Domain.SeedWork;

/// <summary>
/// Collects the events raised by transitions until the persistence layer dispatches them in the same transaction
/// as the state change (a step and its domain change commit together, DESIGN "Semantics").
/// </summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
