using SocialInsurance.Api.Infrastructure.Persistence;
using SocialInsurance.Api.Infrastructure.Cases;
using SocialInsurance.Api.Infrastructure.InsuranceRegistry;
using SocialInsurance.Domain.Applications;
using SocialInsurance.Domain.Insurance;
using SocialInsurance.Domain.SeedWork;
using SocialInsurance.InsuranceRegistry;

namespace SocialInsurance.Api.Features.Applications;

/// <summary>
/// The same rules the process's <c>application.validate</c> runs (<see cref="ApplicationRules"/>), checked before
/// submitting so the applicant gets a 400 listing every problem instead of a case that is opened only to be rejected
/// automatically. The process still runs them: the record may change between this check and the step. When the
/// national registry cannot answer now, its rules are left to the process step (which waits at an incident until it
/// can), so an outage never blocks a submission and never lets one through unchecked.
/// </summary>
public sealed class SubmissionRules(ApplicationRules rules, IInsuranceRegistry registry)
{
    /// <summary>Every rule that fails, and the registry's answer if it gave one (the submission's step reuses it).</summary>
    public async Task<(IReadOnlyList<DomainError> Errors, RegistryStanding? Standing)> CheckAsync(
        CaseServiceDbContext db, Application application, DateOnly today, CancellationToken ct)
    {
        var check = await rules.CheckAsync(db, application, today, token => StandingAsync(application, token), ct);
        // Without the registry a former employee looks like nobody; the process step decides once it answers.
        return check.Standing is null ? ([.. check.Errors.Where(e => e.Code != "Resumption.NotInsured")], null) : (check.Errors, check.Standing);
    }

    private async Task<RegistryStanding?> StandingAsync(Application application, CancellationToken ct)
    {
        try
        {
            return await registry.LookUpAsync(application.Applicant, ct);
        }
        catch (InsuranceRegistryUnavailableException)
        {
            return null;
        }
    }
}
