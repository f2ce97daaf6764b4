using SocialInsurance.Api.Infrastructure.Persistence;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// Opens the case service's store for the <c>policy_</c> tables and seeds them from code (start-up calls
/// <see cref="SeedAsync"/> after migrating): the policy rows only into an empty table (so a row an administrator deleted
/// stays deleted), each seeded holiday year only when that year was never entered (so a later seed year arrives with an upgrade).
/// </summary>
public sealed class PolicyDatabase(CaseServiceStore store, TimeProvider time)
{
    /// <summary>The actor recorded on seeded rows.</summary>
    public const string SeedActor = "seed";

    public Task<CaseServiceDbContext> OpenAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(store.Create());
    }

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var db = store.Create();
        var now = time.GetUtcNow();
        if (!await db.PolicyYears.AnyAsync(ct))
        {
            db.PolicyYears.AddRange(PolicyTable.Default.Years.Select(year => PolicyYearRow.From(year, SeedActor, now)));
        }

        var entered = await db.HolidayYears.Select(y => y.Year).ToListAsync(ct);
        foreach (var schedule in HolidaySeed.All.Where(s => !entered.Contains(s.Year)))
        {
            HolidayRows.Add(db, schedule, SeedActor, now);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (exception.InnerException is DbException)
        {
            // Another node seeded at the same moment (duplicate key); its rows are the same seed.
        }
    }
}
