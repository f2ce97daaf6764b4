using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Policy;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// Opens <see cref="PolicyDbContext"/>s on the engine's database; the first open creates the <c>policy_</c> tables and
/// seeds them from code: the policy rows only into an empty table (so a row an administrator deleted stays deleted),
/// each seeded holiday year only when that year was never entered (so a later seed year arrives with an upgrade).
/// </summary>
public sealed class PolicyDatabase(WorkflowOptions options, TimeProvider time) : IDisposable
{
    /// <summary>The actor recorded on seeded rows.</summary>
    public const string SeedActor = "seed";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    /// <summary>Start-up calls this before any step runs: creating tables from inside a step's write transaction would wait on itself under SQLite.</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await using var db = await OpenAsync(ct);
    }

    public async Task<PolicyDbContext> OpenAsync(CancellationToken ct)
    {
        var db = Create();
        if (!_ready)
        {
            await _gate.WaitAsync(ct);
            try
            {
                if (!_ready)
                {
                    await SchemaCreator.EnsureTablesAsync(db, PolicyDbContext.ProbeTable, ct);
                    await SeedAsync(ct);
                    _ready = true;
                }
            }
            finally
            {
                _gate.Release();
            }
        }

        return db;
    }

    public void Dispose() => _gate.Dispose();

    private async Task SeedAsync(CancellationToken ct)
    {
        await using var db = Create();
        var now = time.GetUtcNow();
        if (!await db.Years.AnyAsync(ct))
        {
            db.Years.AddRange(PolicyTable.Default.Years.Select(year => PolicyYearRow.From(year, SeedActor, now)));
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

    private PolicyDbContext Create()
    {
        var builder = new DbContextOptionsBuilder<PolicyDbContext>();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmas(options.SqliteSynchronous));
        }

        return new PolicyDbContext(builder.Options);
    }
}
