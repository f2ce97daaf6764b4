using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Infrastructure.Cases.Reporting;

/// <summary>
/// Adds <c>case_report_facts</c> to a database whose case tables were created before it existed, and fills it from the
/// cases already there: schema creation here only runs on an empty database, and without the table every save of a
/// case would fail. Runs once (the table's presence is the mark); a fresh database gets the table with the others.
/// </summary>
public static class CaseReportFactsSchema
{
    private const int Batch = 1_000;

    public static async Task EnsureAsync(CasesDbContext db, CancellationToken ct)
    {
        if (await ExistsAsync(db, ct))
        {
            return;
        }

        var statements = db.Database.GenerateCreateScript()
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => s.Contains("\"case_report_facts\"", StringComparison.Ordinal));
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement, ct);
        }

        await BackfillAsync(db, ct);
    }

    private static async Task BackfillAsync(CasesDbContext db, CancellationToken ct)
    {
        Guid? after = null;
        while (true)
        {
            var page = await db.Applications.AsNoTracking()
                .Where(a => after == null || a.Id.CompareTo(after.Value) > 0)
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
            after = page[^1].Id;
        }
    }

    private static async Task<bool> ExistsAsync(CasesDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }

        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM case_report_facts WHERE 1 = 0";
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
