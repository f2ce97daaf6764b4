using SocialInsurance.Api.Infrastructure.Persistence;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>Opens the case service's store for the applicant side (its schema is migrated at start-up).</summary>
public sealed class ApplicantDatabase(CaseServiceStore store)
{
    public Task<CaseServiceDbContext> OpenAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(store.Create());
    }
}
