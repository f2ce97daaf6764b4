using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// Finds an application only if the caller's ID number owns it. Anything else — unknown id, someone else's case — is
/// the same "not found", so an id cannot be probed for existence.
/// </summary>
public static class OwnedApplications
{
    public static async Task<(Application Application, ApplicationRecord Record)?> FindAsync(
        CaseServiceDbContext cases, CaseServiceDbContext applicant, CurrentApplicant owner, Guid id, CancellationToken ct)
    {
        var application = await cases.Applications.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (application is null || application.Applicant != owner.IdNumber)
        {
            return null;
        }

        var record = await applicant.ApplicationRecords.SingleOrDefaultAsync(r => r.ApplicationId == id, ct);
        return record is null ? null : (application, record);
    }
}
