using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases.Reporting;

namespace SocialInsurance.Api.Infrastructure.Persistence;

/// <summary>
/// Every save of a case writes its report row in the same transaction (<see cref="CaseReportFacts"/>): a new case's
/// here, a moved case's by the handler of the event the move raised.
/// </summary>
public sealed partial class CaseServiceDbContext
{
    public DbSet<CaseReportFact> ReportFacts => Set<CaseReportFact>();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await DispatchDomainEventsAsync(cancellationToken);
        await CaseReportFacts.AddNewAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        DispatchDomainEventsAsync(CancellationToken.None).GetAwaiter().GetResult();
        CaseReportFacts.AddNewAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }
}
