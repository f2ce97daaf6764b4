using SocialInsurance.Api.Infrastructure.PolicyData;
using SocialInsurance.Workflows.Persistence;

namespace SocialInsurance.Api.Infrastructure.Cases;

/// <summary>
/// Creates the <c>case_</c> tables beside the engine's on first start (not EnsureCreated: the database already exists),
/// and the <c>policy_</c> tables the case steps read.
/// </summary>
public sealed class CasesDatabase(CasesDbContextFactory contexts, PolicyDatabase policy)
{
    public async Task EnsureCreatedAsync(CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        await SchemaCreator.EnsureTablesAsync(db, "case_applications", ct);
        await Reporting.CaseReportFactsSchema.EnsureAsync(db, ct);
        await policy.EnsureCreatedAsync(ct);
    }
}
