using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Domain events are handled where their aggregate is saved: each is taken off its aggregate before its handler runs,
/// so a second save of the same context never handles it again; what the handlers ask for is written into this context,
/// so it commits with the change that raised the event or not at all (<see cref="DomainEventHandlers"/>).
/// </summary>
public sealed partial class CaseServiceDbContext
{
    /// <summary>Hands every raised event to its handler; returns the cases whose report rows the events made stale.</summary>
    private HashSet<Application> DispatchDomainEvents()
    {
        var movedCases = new HashSet<Application>(ReferenceEqualityComparer.Instance);
        foreach (var (source, domainEvent) in TakeRaised())
        {
            DomainEventHandlers.Handle(source, domainEvent, movedCases);
        }

        return movedCases;
    }

    private List<(AggregateRoot Source, IDomainEvent Event)> TakeRaised()
    {
        var raised = new List<(AggregateRoot, IDomainEvent)>();
        foreach (var aggregate in ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList())
        {
            raised.AddRange(aggregate.DomainEvents.Select(e => (aggregate, e)));
            aggregate.ClearDomainEvents();
        }

        return raised;
    }
}
