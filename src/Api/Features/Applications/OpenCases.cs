using SocialInsurance.Api.Infrastructure.Problems;
using SocialInsurance.Api.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Domain.Applications;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// One open case per person per service: a second 新参保 (or 续保, 停保) while one is being handled would be decided
/// twice on the same record. Open means submitted and not yet finished: Submitted, UnderReview, SupplementRequested,
/// or Approved and waiting for the deduction agreement.
/// </summary>
public static class OpenCases
{
    private static readonly ApplicationStatus[] Open =
        [ApplicationStatus.Submitted, ApplicationStatus.UnderReview, ApplicationStatus.SupplementRequested, ApplicationStatus.Approved];

    /// <summary>Another open application of the same person and type, or null.</summary>
    public static async Task<Application?> OtherOpenAsync(CaseServiceDbContext db, Application application, CancellationToken ct)
    {
        var candidates = await db.Applications.AsNoTracking()
            .Where(a => a.Applicant == application.Applicant && a.Id != application.Id && Open.Contains(a.Status))
            .ToListAsync(ct);
        return candidates.FirstOrDefault(a => a.Type == application.Type);
    }

    public static ApiError Conflict(ApplicationType type) => (type switch
    {
        ApplicationType.NewEnrollment => ErrorCodes.ApplicationOpenNewEnrollment,
        ApplicationType.Resumption => ErrorCodes.ApplicationOpenResumption,
        _ => ErrorCodes.ApplicationOpenSuspension,
    }).With();
}
