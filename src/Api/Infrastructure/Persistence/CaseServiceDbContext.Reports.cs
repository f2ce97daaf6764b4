using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Every save of a case writes its report row in the same transaction (<see cref="CaseReportFacts"/>): a new case's,
/// and a moved case's once the handler of the event the move raised has marked it.
/// </summary>
public sealed partial class CaseServiceDbContext
{
    public DbSet<CaseReportFact> ReportFacts => Set<CaseReportFact>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (HoldsWrites)
        {
            // Held back until the step takes the writer: bring the report rows up to date now, reading them on the
            // step's read connection, so the writer's turn only writes them.
            await SyncReportFactsAsync(cancellationToken);
            return 0;
        }

        await SyncReportFactsAsync(cancellationToken);
        // The report facts' sync detected the changes, and its handlers touch no application: the set is final.
        var changed = ChangedApplications();
        if (_checkVersionsAtSave)
        {
            await EnsureUnchangedSinceReadAsync(changed, cancellationToken);
        }

        Stamp(changed);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (HoldsWrites)
        {
            // The rows are brought up to date when the held-back writes are (a read here would block on PostgreSQL).
            return 0;
        }

        SyncReportFactsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Stamp(ChangedApplications());
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private Task SyncReportFactsAsync(CancellationToken ct)
    {
        // Once per save: the raised events and the added cases are both read from the tracker.
        ChangeTracker.DetectChanges();
        return CaseReportFacts.SyncAsync(this, DispatchDomainEvents(), ct);
    }
}
