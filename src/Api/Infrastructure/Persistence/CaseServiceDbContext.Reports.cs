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
        await CaseReportFacts.SyncAsync(this, DispatchDomainEvents(), cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CaseReportFacts.SyncAsync(this, DispatchDomainEvents(), CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
