using Microsoft.EntityFrameworkCore;
using SocialInsurance.Workflows.Hosting;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Opens <see cref="ApplicantDbContext"/>s on the engine's database and creates the <c>applicant_</c> tables on first
/// use (start-up order then does not matter: the engine's database exists before any request arrives).
/// </summary>
public sealed class ApplicantDatabase(WorkflowOptions options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _created;

    public async Task<ApplicantDbContext> OpenAsync(CancellationToken ct)
    {
        var db = Create();
        if (!_created)
        {
            await _gate.WaitAsync(ct);
            try
            {
                if (!_created)
                {
                    await SchemaCreator.EnsureTablesAsync(db, "applicant_applications", ct);
                    _created = true;
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

    private ApplicantDbContext Create()
    {
        var builder = new DbContextOptionsBuilder<ApplicantDbContext>();
        if (options.Provider == DatabaseProvider.PostgreSql)
        {
            builder.UseNpgsql(options.ConnectionString);
        }
        else
        {
            builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqlitePragmas(options.SqliteSynchronous));
        }

        return new ApplicantDbContext(builder.Options);
    }
}
