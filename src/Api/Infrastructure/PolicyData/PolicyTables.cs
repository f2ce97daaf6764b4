using Microsoft.EntityFrameworkCore;
using SocialInsurance.Domain.Policy;

namespace SocialInsurance.Api.Infrastructure.PolicyData;

/// <summary>
/// The current <see cref="PolicyTable"/>, read from <c>policy_years</c>: every consumer (forms, submission, the
/// validation step, the deadline job, the reference route) asks here, so an administrator's edit applies without a
/// restart. Rows were validated when saved; a row broken by hand in the database fails loudly here.
/// </summary>
public sealed class PolicyTables(PolicyDatabase database, TimeProvider time)
{
    private readonly RefreshingSnapshot<PolicyTable> _snapshot = new(time);

    public ValueTask<PolicyTable> CurrentAsync(CancellationToken ct) => _snapshot.GetAsync(LoadAsync, ct);

    /// <summary>Called after an edit commits.</summary>
    public void Invalidate() => _snapshot.Invalidate();

    private async Task<PolicyTable> LoadAsync(CancellationToken ct)
    {
        await using var db = await database.OpenAsync(ct);
        var rows = await db.PolicyYears.AsNoTracking().ToListAsync(ct);
        return new PolicyTable(rows.Select(row => row.ToDomain()));
    }
}
