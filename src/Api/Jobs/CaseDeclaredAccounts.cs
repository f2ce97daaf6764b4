using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;

namespace SocialInsurance.Api.Jobs;

/// <summary>The declared accounts of approved 新参保 / 续保 applications: an approved case waits for its agreement.</summary>
public sealed class CaseDeclaredAccounts(CasesDbContextFactory contexts) : IDeclaredAccounts
{
    public async Task<ILookup<string, Application>> WaitingForAgreementAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        var ids = idNumbers
            .Select(text => ResidentIdNumber.TryCreate(text, out var id, out _) ? id : null)
            .OfType<ResidentIdNumber>()
            .ToList();
        if (ids.Count == 0)
        {
            return Array.Empty<Application>().ToLookup(a => a.Applicant.Value);
        }

        await using var db = contexts.Create();
        var approved = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Approved && ids.Contains(a.Applicant))
            .ToListAsync(ct);
        return approved
            .Where(a => a.DeclaredAccount is not null)
            .ToLookup(a => a.Applicant.Value.ToUpperInvariant());
    }
}
