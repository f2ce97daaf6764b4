using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.SeedWork;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Domain events are handled where their aggregate is saved: each is taken off its aggregate before its handler runs,
/// so a second save of the same context never handles it again, and the handlers write into this context, so what
/// they do commits with the change that raised the event or not at all (<see cref="DomainEventHandlers"/>).
/// </summary>
public sealed partial class CaseServiceDbContext
{
    private async Task DispatchDomainEventsAsync(CancellationToken ct)
    {
        ChangeTracker.DetectChanges();
        // A handler may move another aggregate; its events are handled in the next round of the same save.
        while (TakeRaised() is { Count: > 0 } raised)
        {
            foreach (var (source, domainEvent) in raised)
                await DomainEventHandlers.HandleAsync(source, domainEvent, this, ct);
        }
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
