using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Infrastructure.Cases.Reporting;

/// <summary>
/// Gives every case without a <c>case_report_facts</c> row its row, after migrations: a database of a release before the
/// reports has cases but no facts, and a save only writes the facts of the case it saves. Idempotent (only cases with no
/// row are read), so it runs on every start under the migration lock and finds nothing to do once filled.
/// </summary>
public static class CaseReportFactsBackfill
{
    private const int Batch = 1_000;

    public static async Task RunAsync(CaseServiceDbContext db, CancellationToken ct)
    {
        while (true)
        {
            var page = await db.Applications.AsNoTracking()
                .Where(a => !db.ReportFacts.Any(f => f.ApplicationId == a.Id))
                .OrderBy(a => a.Id)
                .Take(Batch)
                .ToListAsync(ct);
            if (page.Count == 0)
            {
                return;
            }

            foreach (var application in page)
            {
                db.ReportFacts.Add(await CaseReportFacts.CreateAsync(db, application, ct));
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
